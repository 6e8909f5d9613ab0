namespace Finney.Sdk.Registration;

/// <summary>How <see cref="PowSolver"/> searches.</summary>
public sealed class PowSolverOptions
{
    /// <summary>Worker threads. Default: every logical core.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>First nonce tried. Default: random, so two machines searching for one hotkey do not repeat each other.</summary>
    public ulong? StartNonce { get; init; }

    /// <summary>How often <see cref="Progress"/> is called and <see cref="ShouldStop"/> asked. Default: 1 s.</summary>
    public TimeSpan ReportInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Receives the hash rate on the calling thread every <see cref="ReportInterval"/>.</summary>
    public Action<PowProgress>? Progress { get; init; }

    /// <summary>
    /// Asked on the calling thread every <see cref="ReportInterval"/>: true ends the search with
    /// <see cref="PowOutcome.Stopped"/>. The caller drives it, e.g. "the chain moved three blocks past the work's block".
    /// </summary>
    public Func<bool>? ShouldStop { get; init; }
}
