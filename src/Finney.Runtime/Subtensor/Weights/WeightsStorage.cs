using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Weights;

/// <summary>Storage of weights and bonds rows: per (netuid, uid), a list of (destination uid, u16 value).</summary>
public static class WeightsStorage
{
    /// <summary>A <c>(u16, u16)</c> row entry.</summary>
    public static readonly ScaleType<(ushort Uid, ushort Value)> Entry = Types.Tuple(Types.U16, Types.U16);

    /// <summary>A row: <c>Vec&lt;(u16, u16)&gt;</c>, with a codec that reads and writes it in one pass.</summary>
    public static readonly ScaleType<(ushort Uid, ushort Value)[]> Row = new(new WeightRowCodec(), Types.Vec(Entry).Meta);

    /// <summary>The max-upscaled weights a UID set.</summary>
    public static readonly StorageDoubleMap<ushort, ushort, (ushort Uid, ushort Value)[]> Weights = SubtensorStorage.PerUid(nameof(Weights), Row, []);

    /// <summary>The bonds a UID holds, column max-upscaled.</summary>
    public static readonly StorageDoubleMap<ushort, ushort, (ushort Uid, ushort Value)[]> Bonds = SubtensorStorage.PerUid(nameof(Bonds), Row, []);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All => [Weights, Bonds];
}
