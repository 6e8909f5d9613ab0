namespace Finney.Consensus.Signing;

/// <summary>Why the guard refused to sign; every refusal prevents a possible double-sign.</summary>
public enum SigningRefusal : byte
{
    /// <summary>Signed.</summary>
    None = 0,

    /// <summary>We already signed at a higher height.</summary>
    HeightBelowLastSigned = 1,

    /// <summary>We already signed different bytes for this (height, round, step).</summary>
    ConflictingPayload = 2,

    /// <summary>We already signed at a later (round, step) of this height.</summary>
    StepBelowLastSigned = 3,
}
