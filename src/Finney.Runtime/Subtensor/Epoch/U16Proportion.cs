using System.Runtime.CompilerServices;
using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>Conversions between fixed-point proportions and the u16 values subtensor stores (parity: math.rs).</summary>
public static class U16Proportion
{
    private static readonly I32F32 U16Max = I32F32.FromUInt64(ushort.MaxValue);
    private static readonly I32F32 UpscaleThreshold = I32F32.FromUInt64(32_768);

    /// <summary><c>fixed_proportion_to_u16</c>: ⌊x · 65535⌋, the integer part wrapped to 16 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort FromFixed(I32F32 value) => (value * U16Max).ToUInt16();

    /// <summary>
    /// <c>vec_max_upscale_to_u16</c>: scales so the largest value becomes 65535, rounding ties away from zero;
    /// all zeros when the largest value is zero. For a largest value above 32768 the factor 65535/max is formed
    /// first, otherwise each product e·65535 is divided by max; both orders are subtensor's.
    /// </summary>
    public static ushort[] MaxUpscale(ReadOnlySpan<I32F32> values)
    {
        var result = new ushort[values.Length];
        if (values.IsEmpty)
        {
            return result;
        }

        var max = values[0];
        foreach (var value in values)
        {
            max = value > max ? value : max;
        }

        for (int i = 0; i < values.Length; i++)
        {
            result[i] = max == I32F32.Zero ? (values[i] * U16Max).ToUInt16()
                : max > UpscaleThreshold ? (values[i] * (U16Max / max)).Round().ToUInt16()
                : (values[i] * U16Max / max).Round().ToUInt16();
        }

        return result;
    }

    /// <summary><c>vec_u16_max_upscale_to_u16</c>: what <c>set_weights</c> stores for the submitted values.</summary>
    public static ushort[] MaxUpscale(ReadOnlySpan<ushort> values)
    {
        var asFixed = new I32F32[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            asFixed[i] = I32F32.FromUInt64(values[i]);
        }

        return MaxUpscale(asFixed);
    }
}
