namespace Finney.Consensus.Signing;

/// <summary>The order in which a validator signs within a round; the guard never lets it go back.</summary>
public enum SignStep : byte
{
    /// <summary>Our proposal.</summary>
    Proposal = 0,

    /// <summary>Our prevote.</summary>
    Prevote = 1,

    /// <summary>Our precommit.</summary>
    Precommit = 2,
}
