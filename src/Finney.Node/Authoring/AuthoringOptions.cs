namespace Finney.Node.Authoring;

/// <summary>Dev block authoring: how often, and by whom.</summary>
public sealed record AuthoringOptions
{
    /// <summary>Time between blocks (default 12 s, subtensor's; tests use 100–500 ms).</summary>
    public TimeSpan BlockTime { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>The authority's secret URI (default //Alice, the dev chain's only authority).</summary>
    public string AuthorityUri { get; init; } = "//Alice";

    /// <summary>
    /// How long after import a block is finalized (default: half the block time, at most 1 s). Dev finality is
    /// instant in spirit, but clients such as polkadot.js drop the <c>inBlock</c> status they are still
    /// processing when <c>finalized</c> arrives in the same instant; zero finalizes during import.
    /// </summary>
    public TimeSpan? FinalityDelay { get; init; }

    /// <summary>The finality delay in force.</summary>
    public TimeSpan EffectiveFinalityDelay => FinalityDelay ?? TimeSpan.FromTicks(Math.Min(BlockTime.Ticks / 2, TimeSpan.TicksPerSecond));

    /// <summary>Share of the block time spent applying pool transactions (default 0.5).</summary>
    public double ProposalShare { get; init; } = 0.5;

    /// <summary>Readable problems with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (BlockTime < TimeSpan.FromMilliseconds(10) || BlockTime > TimeSpan.FromHours(1))
        {
            problems.Add($"the block time must be between 10 ms and 1 h (got {BlockTime.TotalMilliseconds} ms)");
        }

        if (ProposalShare is <= 0 or > 1)
        {
            problems.Add($"the proposal share must be in (0, 1] (got {ProposalShare})");
        }

        return problems;
    }
}
