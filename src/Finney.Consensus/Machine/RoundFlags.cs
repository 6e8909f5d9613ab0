namespace Finney.Consensus.Machine;

/// <summary>Rules of the current round that have fired and must not fire again in it.</summary>
[Flags]
public enum RoundFlags : byte
{
    /// <summary>Nothing fired yet.</summary>
    None = 0,

    /// <summary>Line 34: the prevote timeout is scheduled.</summary>
    PrevoteTimeoutScheduled = 1,

    /// <summary>Line 36: a polka for the round's proposal was seen; valid value (and maybe lock) updated.</summary>
    PolkaForProposalSeen = 2,

    /// <summary>Line 47: the precommit timeout is scheduled.</summary>
    PrecommitTimeoutScheduled = 4,

    /// <summary>Line 19: we proposed in this round; a second value for it is ignored.</summary>
    Proposed = 8,
}
