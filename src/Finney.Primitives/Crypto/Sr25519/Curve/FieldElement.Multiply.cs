using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>Multiplication and squaring, the operations verification spends nearly all its time in.</summary>
internal readonly partial struct FieldElement
{
    // Products and squares: each 102..113-bit limb product is split at bit 51 into a low part and a high part,
    // and the two halves are summed separately in plain 64-bit words. That avoids 128-bit additions with carry
    // flags, which the JIT compiles to compare-and-set sequences and stack traffic (measured ~30% slower).
    // Bounds for limbs below 2^54: each high part < 2^61.3, five of them < 2^63.6; low sums < 2^54.
    //
    // With 2^255 ≡ 19 the coefficients of a·b are
    //   c0 = a0b0 + 19(a1b4 + a2b3 + a3b2 + a4b1)    c1 = a0b1 + a1b0 + 19(a2b4 + a3b3 + a4b2)
    //   c2 = a0b2 + a1b1 + a2b0 + 19(a3b4 + a4b3)    c3 = a0b3 + a1b2 + a2b1 + a3b0 + 19·a4b4
    //   c4 = a0b4 + a1b3 + a2b2 + a3b1 + a4b0
    // and of a² (d = 2a): c0 = a0² + 19(d1a4 + d2a3), c1 = 19a3² + d0a1 + 19·d2a4, c2 = a1² + d0a2 + 19·d4a3,
    // c3 = 19a4² + d0a3 + d1a2, c4 = a2² + d0a4 + d1a3.
    public static FieldElement operator *(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a._l0, a1 = a._l1, a2 = a._l2, a3 = a._l3, a4 = a._l4;
        ulong b0 = b._l0, b1 = b._l1, b2 = b._l2, b3 = b._l3, b4 = b._l4;

        ulong b1x19 = b1 * 19, b2x19 = b2 * 19, b3x19 = b3 * 19, b4x19 = b4 * 19;
        ulong p, q;
        p = a0 * b0;
        q = MultiplyHigh(a0, b0);
        var lo0 = p & Mask;
        var hi0 = q << 13 | p >> 51;
        p = a1 * b4x19;
        q = MultiplyHigh(a1, b4x19);
        lo0 += p & Mask;
        hi0 += q << 13 | p >> 51;
        p = a2 * b3x19;
        q = MultiplyHigh(a2, b3x19);
        lo0 += p & Mask;
        hi0 += q << 13 | p >> 51;
        p = a3 * b2x19;
        q = MultiplyHigh(a3, b2x19);
        lo0 += p & Mask;
        hi0 += q << 13 | p >> 51;
        p = a4 * b1x19;
        q = MultiplyHigh(a4, b1x19);
        lo0 += p & Mask;
        hi0 += q << 13 | p >> 51;
        p = a0 * b1;
        q = MultiplyHigh(a0, b1);
        var lo1 = p & Mask;
        var hi1 = q << 13 | p >> 51;
        p = a1 * b0;
        q = MultiplyHigh(a1, b0);
        lo1 += p & Mask;
        hi1 += q << 13 | p >> 51;
        p = a2 * b4x19;
        q = MultiplyHigh(a2, b4x19);
        lo1 += p & Mask;
        hi1 += q << 13 | p >> 51;
        p = a3 * b3x19;
        q = MultiplyHigh(a3, b3x19);
        lo1 += p & Mask;
        hi1 += q << 13 | p >> 51;
        p = a4 * b2x19;
        q = MultiplyHigh(a4, b2x19);
        lo1 += p & Mask;
        hi1 += q << 13 | p >> 51;
        p = a0 * b2;
        q = MultiplyHigh(a0, b2);
        var lo2 = p & Mask;
        var hi2 = q << 13 | p >> 51;
        p = a1 * b1;
        q = MultiplyHigh(a1, b1);
        lo2 += p & Mask;
        hi2 += q << 13 | p >> 51;
        p = a2 * b0;
        q = MultiplyHigh(a2, b0);
        lo2 += p & Mask;
        hi2 += q << 13 | p >> 51;
        p = a3 * b4x19;
        q = MultiplyHigh(a3, b4x19);
        lo2 += p & Mask;
        hi2 += q << 13 | p >> 51;
        p = a4 * b3x19;
        q = MultiplyHigh(a4, b3x19);
        lo2 += p & Mask;
        hi2 += q << 13 | p >> 51;
        p = a0 * b3;
        q = MultiplyHigh(a0, b3);
        var lo3 = p & Mask;
        var hi3 = q << 13 | p >> 51;
        p = a1 * b2;
        q = MultiplyHigh(a1, b2);
        lo3 += p & Mask;
        hi3 += q << 13 | p >> 51;
        p = a2 * b1;
        q = MultiplyHigh(a2, b1);
        lo3 += p & Mask;
        hi3 += q << 13 | p >> 51;
        p = a3 * b0;
        q = MultiplyHigh(a3, b0);
        lo3 += p & Mask;
        hi3 += q << 13 | p >> 51;
        p = a4 * b4x19;
        q = MultiplyHigh(a4, b4x19);
        lo3 += p & Mask;
        hi3 += q << 13 | p >> 51;
        p = a0 * b4;
        q = MultiplyHigh(a0, b4);
        var lo4 = p & Mask;
        var hi4 = q << 13 | p >> 51;
        p = a1 * b3;
        q = MultiplyHigh(a1, b3);
        lo4 += p & Mask;
        hi4 += q << 13 | p >> 51;
        p = a2 * b2;
        q = MultiplyHigh(a2, b2);
        lo4 += p & Mask;
        hi4 += q << 13 | p >> 51;
        p = a3 * b1;
        q = MultiplyHigh(a3, b1);
        lo4 += p & Mask;
        hi4 += q << 13 | p >> 51;
        p = a4 * b0;
        q = MultiplyHigh(a4, b0);
        lo4 += p & Mask;
        hi4 += q << 13 | p >> 51;
        return Carry(lo0, hi0, lo1, hi1, lo2, hi2, lo3, hi3, lo4, hi4);
    }

    /// <summary>this².</summary>
    internal FieldElement Square()
    {
        ulong a0 = _l0, a1 = _l1, a2 = _l2, a3 = _l3, a4 = _l4;
        ulong a3x19 = a3 * 19, a4x19 = a4 * 19;
        ulong d0 = 2 * a0, d1 = 2 * a1, d2 = 2 * a2, d4 = 2 * a4;
        ulong p, q;
        p = a0 * a0;
        q = MultiplyHigh(a0, a0);
        var lo0 = p & Mask;
        var hi0 = q << 13 | p >> 51;
        p = d1 * a4x19;
        q = MultiplyHigh(d1, a4x19);
        lo0 += p & Mask;
        hi0 += q << 13 | p >> 51;
        p = d2 * a3x19;
        q = MultiplyHigh(d2, a3x19);
        lo0 += p & Mask;
        hi0 += q << 13 | p >> 51;
        p = a3 * a3x19;
        q = MultiplyHigh(a3, a3x19);
        var lo1 = p & Mask;
        var hi1 = q << 13 | p >> 51;
        p = d0 * a1;
        q = MultiplyHigh(d0, a1);
        lo1 += p & Mask;
        hi1 += q << 13 | p >> 51;
        p = d2 * a4x19;
        q = MultiplyHigh(d2, a4x19);
        lo1 += p & Mask;
        hi1 += q << 13 | p >> 51;
        p = a1 * a1;
        q = MultiplyHigh(a1, a1);
        var lo2 = p & Mask;
        var hi2 = q << 13 | p >> 51;
        p = d0 * a2;
        q = MultiplyHigh(d0, a2);
        lo2 += p & Mask;
        hi2 += q << 13 | p >> 51;
        p = d4 * a3x19;
        q = MultiplyHigh(d4, a3x19);
        lo2 += p & Mask;
        hi2 += q << 13 | p >> 51;
        p = a4 * a4x19;
        q = MultiplyHigh(a4, a4x19);
        var lo3 = p & Mask;
        var hi3 = q << 13 | p >> 51;
        p = d0 * a3;
        q = MultiplyHigh(d0, a3);
        lo3 += p & Mask;
        hi3 += q << 13 | p >> 51;
        p = d1 * a2;
        q = MultiplyHigh(d1, a2);
        lo3 += p & Mask;
        hi3 += q << 13 | p >> 51;
        p = a2 * a2;
        q = MultiplyHigh(a2, a2);
        var lo4 = p & Mask;
        var hi4 = q << 13 | p >> 51;
        p = d0 * a4;
        q = MultiplyHigh(d0, a4);
        lo4 += p & Mask;
        hi4 += q << 13 | p >> 51;
        p = d1 * a3;
        q = MultiplyHigh(d1, a3);
        lo4 += p & Mask;
        hi4 += q << 13 | p >> 51;
        return Carry(lo0, hi0, lo1, hi1, lo2, hi2, lo3, hi3, lo4, hi4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong a, ulong b)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.MultiplyNoFlags(a, b);
        }

        if (ArmBase.Arm64.IsSupported)
        {
            return ArmBase.Arm64.MultiplyHigh(a, b);
        }

        return Math.BigMul(a, b, out _);
    }

    /// <summary>Carries the split coefficient sums (value lo_i + 2^51·hi_i) into five limbs below 2^51 + 2^13.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Carry(ulong lo0, ulong hi0, ulong lo1, ulong hi1, ulong lo2, ulong hi2, ulong lo3, ulong hi3, ulong lo4, ulong hi4)
    {
        var r0 = lo0 & Mask;
        var carry = hi0 + (lo0 >> 51);
        var t = lo1 + carry;
        var r1 = t & Mask;
        carry = hi1 + (t >> 51);
        t = lo2 + carry;
        var r2 = t & Mask;
        carry = hi2 + (t >> 51);
        t = lo3 + carry;
        var r3 = t & Mask;
        carry = hi3 + (t >> 51);
        t = lo4 + carry;
        var r4 = t & Mask;
        carry = hi4 + (t >> 51);

        // carry < 2^60 (limb 4 has no ·19 terms), so 19·carry fits; one more step brings r0 under 2^51.
        r0 += carry * 19;
        r1 += r0 >> 51;
        r0 &= Mask;
        return new(r0, r1, r2, r3, r4);
    }
}
