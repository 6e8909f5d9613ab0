namespace Finney.Node.Chain;

/// <summary>Where and how the node keeps its database.</summary>
public sealed record StorageOptions
{
    /// <summary>The database directory (<c>&lt;base path&gt;/chains/&lt;chain id&gt;/db</c>).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>True when the directory is a throw-away one (<c>--tmp</c>), deleted when the node stops.</summary>
    public bool IsTemporary { get; init; }

    /// <summary>Blocks whose state is kept behind the head (default 256, Substrate's); null keeps all (archive).</summary>
    public uint? StatePruning { get; init; } = 256;

    /// <summary>Readable problems with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate() =>
        StatePruning is 0 ? ["--pruning must keep at least 1 block, or be 'archive'"] : [];
}
