using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel;

/// <summary>
/// Substrate's two-dimensional weight (<c>sp_weights::weight_v2::Weight</c>): execution time in picoseconds
/// (<see cref="RefTime"/>) and proof size in bytes (<see cref="ProofSize"/>). Both fields are compact on the wire.
/// </summary>
public readonly record struct Weight(ulong RefTime, ulong ProofSize)
{
    /// <summary>No weight.</summary>
    public static Weight Zero => default;

    /// <summary>The SCALE codec: two compact u64s.</summary>
    public static IScaleCodec<Weight> Codec { get; } = ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.CompactU64, ScaleCodec.CompactU64),
        t => new Weight(t.Item1, t.Item2),
        w => (w.RefTime, w.ProofSize),
        "Weight");

    /// <summary>A weight with only execution time.</summary>
    public static Weight FromRefTime(ulong refTime) => new(refTime, 0);

    /// <summary>Component-wise addition that stops at the maximum (FRAME's <c>saturating_add</c>).</summary>
    public Weight SaturatingAdd(Weight other) => new(Saturating.Add(RefTime, other.RefTime), Saturating.Add(ProofSize, other.ProofSize));

    /// <summary>Component-wise subtraction that stops at zero.</summary>
    public Weight SaturatingSub(Weight other) => new(Saturating.Sub(RefTime, other.RefTime), Saturating.Sub(ProofSize, other.ProofSize));

    /// <summary>Component-wise multiplication that stops at the maximum.</summary>
    public Weight SaturatingMul(ulong factor) => new(Saturating.Mul(RefTime, factor), Saturating.Mul(ProofSize, factor));

    /// <summary>Component-wise minimum.</summary>
    public Weight Min(Weight other) => new(Math.Min(RefTime, other.RefTime), Math.Min(ProofSize, other.ProofSize));

    /// <summary>True when either component exceeds the other's (FRAME's <c>any_gt</c>).</summary>
    public bool AnyGreaterThan(Weight other) => RefTime > other.RefTime || ProofSize > other.ProofSize;

    /// <summary>This weight plus <paramref name="reads"/> database reads and <paramref name="writes"/> writes at subtensor's RocksDB costs.</summary>
    public Weight WithDbAccess(ulong reads, ulong writes) =>
        SaturatingAdd(RuntimeConstants.DbWeight.Read.SaturatingMulRefTime(reads)).SaturatingAdd(RuntimeConstants.DbWeight.Write.SaturatingMulRefTime(writes));

    private Weight SaturatingMulRefTime(ulong factor) => new(Saturating.Mul(RefTime, factor), 0);
}
