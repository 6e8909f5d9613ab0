namespace Finney.Runtime.Kernel;

/// <summary>Subtensor's block limits and costs (runtime/src/lib.rs), which weights, fees and block building use.</summary>
public static class RuntimeConstants
{
    /// <summary>Largest weight a block may carry: 4 s of execution, unlimited proof size.</summary>
    public static readonly Weight MaximumBlockWeight = new(4_000_000_000_000, ulong.MaxValue);

    /// <summary>Weight every block pays for initialization (FRAME's <c>BlockExecutionWeight</c>).</summary>
    public static readonly Weight BaseBlockWeight = new(431_614_000, 0);

    /// <summary>Weight every extrinsic pays on top of its call (FRAME's <c>ExtrinsicBaseWeight</c>).</summary>
    public static readonly Weight BaseExtrinsicWeight = new(108_157_000, 0);

    /// <summary>Share of a block normal transactions may fill: 75 %, in percent.</summary>
    public const ulong NormalDispatchRatioPercent = 75;

    /// <summary>Largest encoded block length, in bytes (10 MiB).</summary>
    public const uint MaximumBlockLength = 10 * 1024 * 1024;

    /// <summary>Largest total length of normal extrinsics in a block (75 % of the maximum).</summary>
    public const uint NormalBlockLength = (uint)(MaximumBlockLength * NormalDispatchRatioPercent / 100);

    /// <summary>Cost of one database read and one write (subtensor's RocksDbWeight: 25 µs and 100 µs).</summary>
    public static readonly (Weight Read, Weight Write) DbWeight = (new Weight(25_000_000, 0), new Weight(100_000_000, 0));

    /// <summary>Largest total weight of normal extrinsics in a block (75 % of the maximum).</summary>
    public static Weight NormalMaxTotal => new(MaximumBlockWeight.RefTime / 100 * NormalDispatchRatioPercent, ulong.MaxValue / 100 * NormalDispatchRatioPercent);

    /// <summary>Room FRAME keeps for block initialization (10 % of the maximum) when bounding one extrinsic.</summary>
    public static Weight AverageInitializationWeight => new(MaximumBlockWeight.RefTime / 10, ulong.MaxValue / 10);
}
