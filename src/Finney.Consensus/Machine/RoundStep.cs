namespace Finney.Consensus.Machine;

/// <summary>Where a validator is within a round; <see cref="Commit"/> once the height is decided.</summary>
public enum RoundStep : byte
{
    /// <summary>Waiting for the round's proposal (or, as proposer, for a value to propose).</summary>
    Propose = 0,

    /// <summary>Prevoted; waiting for 2f+1 prevotes.</summary>
    Prevote = 1,

    /// <summary>Precommitted; waiting for 2f+1 precommits.</summary>
    Precommit = 2,

    /// <summary>Decided; the height is over.</summary>
    Commit = 3,
}
