using Finney.Consensus.Messages;

namespace Finney.Consensus.Machine;

/// <summary>
/// A validator's Tendermint state for one height (Algorithm 1 of "The latest gossip on BFT consensus"). Rounds
/// are −1 for "none". The flags make rules 34, 36 and 47 ("for the first time") and our proposal happen once per round.
/// </summary>
public sealed record RoundState(
    uint Height,
    int Round,
    RoundStep Step,
    BlockHash? LockedValue,
    int LockedRound,
    BlockHash? ValidValue,
    int ValidRound,
    BlockHash? Decision,
    RoundFlags Flags)
{
    /// <summary>The state before round 0 of a height starts.</summary>
    public static RoundState Initial(uint height) =>
        new(height, -1, RoundStep.Propose, null, -1, null, -1, null, RoundFlags.None);
}
