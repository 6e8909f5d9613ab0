using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Receives the epoch's intermediate values by step name, so a mismatch with subtensor can be diffed step by step
/// against its <c>log::trace!</c> output. Names follow subtensor's labels where it has one: <c>Active</c>, <c>S</c>
/// (normalised stake), <c>new_validator_permits</c>, <c>S (active)</c>, <c>W (mask+norm)</c>, <c>R (before)</c>,
/// <c>C</c>, <c>W (clipped)</c>, <c>Tv</c>, <c>R (after)</c>, <c>T</c>, <c>I</c>, <c>B (mask+norm)</c>, <c>ΔB (norm)</c>,
/// <c>emaB</c>, <c>D</c>, <c>nSE</c>, <c>nVE</c>, <c>nCE</c>, <c>emaB (max-upscale)</c>.
/// </summary>
public interface IEpochTrace
{
    /// <summary>A boolean vector indexed by uid.</summary>
    void Flags(string step, ReadOnlySpan<bool> values);

    /// <summary>A fixed-point vector indexed by uid.</summary>
    void Vector(string step, ReadOnlySpan<I32F32> values);

    /// <summary>A sparse matrix: one row per uid, entries (column uid, value) in stored order.</summary>
    void Matrix(string step, IReadOnlyList<IReadOnlyList<(ushort Uid, I32F32 Value)>> rows);
}
