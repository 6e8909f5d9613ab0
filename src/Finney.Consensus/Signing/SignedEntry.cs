namespace Finney.Consensus.Signing;

/// <summary>One message signed at the current height: its (round, step) and the blake2-256 of its sign bytes.</summary>
public sealed record SignedEntry(int Round, SignStep Step, byte[] PayloadHash)
{
    /// <summary>Orders entries by round, then step.</summary>
    public int ComparePosition(int round, SignStep step) =>
        Round != round ? Round.CompareTo(round) : Step.CompareTo(step);
}
