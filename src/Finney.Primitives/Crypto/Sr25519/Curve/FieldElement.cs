using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>
/// An element of GF(2^255 − 19) in five 51-bit limbs, for the variable-time verification path. Limbs may exceed
/// 51 bits between operations: sums are lazy, while products, squares and differences come back weakly reduced.
/// Multiplication inputs must stay below 2^54 per limb (a sum of two reduced values is fine). Not constant time:
/// use only on public data.
/// </summary>
internal readonly partial struct FieldElement
{
    /// <summary>The low 51 bits of a limb.</summary>
    private const ulong Mask = (1UL << 51) - 1;

    // 16·p limb by limb: added before subtracting so limbs never go negative for subtrahends below 2^55.
    private const ulong SixteenP0 = 16 * ((1UL << 51) - 19);
    private const ulong SixteenPi = 16 * ((1UL << 51) - 1);

    private readonly ulong _l0, _l1, _l2, _l3, _l4;

    private FieldElement(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        _l0 = l0;
        _l1 = l1;
        _l2 = l2;
        _l3 = l3;
        _l4 = l4;
    }

    internal static FieldElement Zero => default;

    internal static FieldElement One => new(1, 0, 0, 0, 0);

    /// <summary>True when the canonical encoding is odd (the "negative" half in Ristretto's sign convention).</summary>
    internal bool IsNegative
    {
        get
        {
            Span<byte> bytes = stackalloc byte[32];
            ToBytes(bytes);
            return (bytes[0] & 1) == 1;
        }
    }

    internal bool IsZero
    {
        get
        {
            Span<byte> bytes = stackalloc byte[32];
            ToBytes(bytes);
            return !bytes.ContainsAnyExcept((byte)0);
        }
    }

    /// <summary>Reads 32 little-endian bytes, ignoring the top bit (values up to 2^255 − 1, not reduced).</summary>
    internal static FieldElement FromBytes(ReadOnlySpan<byte> bytes)
    {
        var w0 = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var w1 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        var w2 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]);
        var w3 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]);
        return new(
            w0 & Mask,
            (w0 >> 51 | w1 << 13) & Mask,
            (w1 >> 38 | w2 << 26) & Mask,
            (w2 >> 25 | w3 << 39) & Mask,
            w3 >> 12 & Mask);
    }

    /// <summary>Writes the canonical (fully reduced) 32-byte little-endian encoding.</summary>
    internal void ToBytes(Span<byte> bytes)
    {
        var h = Reduce(_l0, _l1, _l2, _l3, _l4);
        ulong l0 = h._l0, l1 = h._l1, l2 = h._l2, l3 = h._l3, l4 = h._l4;

        // q = 1 exactly when h ≥ p, found by propagating the carry of h + 19 through all limbs.
        var q = (l0 + 19) >> 51;
        q = (l1 + q) >> 51;
        q = (l2 + q) >> 51;
        q = (l3 + q) >> 51;
        q = (l4 + q) >> 51;

        l0 += 19 * q;
        l1 += l0 >> 51;
        l0 &= Mask;
        l2 += l1 >> 51;
        l1 &= Mask;
        l3 += l2 >> 51;
        l2 &= Mask;
        l4 += l3 >> 51;
        l3 &= Mask;
        l4 &= Mask;

        BinaryPrimitives.WriteUInt64LittleEndian(bytes, l0 | l1 << 51);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], l1 >> 13 | l2 << 38);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[16..], l2 >> 26 | l3 << 25);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[24..], l3 >> 39 | l4 << 12);
    }

    /// <summary>Equality of the represented values (compares canonical encodings).</summary>
    internal bool ValueEquals(in FieldElement other)
    {
        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        ToBytes(a);
        other.ToBytes(b);
        return a.SequenceEqual(b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement operator +(in FieldElement a, in FieldElement b) =>
        new(a._l0 + b._l0, a._l1 + b._l1, a._l2 + b._l2, a._l3 + b._l3, a._l4 + b._l4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement operator -(in FieldElement a, in FieldElement b) =>
        Reduce(
            a._l0 + SixteenP0 - b._l0,
            a._l1 + SixteenPi - b._l1,
            a._l2 + SixteenPi - b._l2,
            a._l3 + SixteenPi - b._l3,
            a._l4 + SixteenPi - b._l4);

    public static FieldElement operator -(in FieldElement a) => Zero - a;

    /// <summary>this^(2^k) for k ≥ 1.</summary>
    internal FieldElement SquareTimes(int k)
    {
        var result = Square();
        for (var i = 1; i < k; i++)
        {
            result = result.Square();
        }

        return result;
    }

    /// <summary>this^((p − 5) / 8) = this^(2^252 − 3), the exponent of square-root-ratio computations.</summary>
    internal FieldElement Pow22523()
    {
        var (t250, _) = PowTwo250MinusOne();
        return t250.SquareTimes(2) * this;
    }

    /// <summary>this^(p − 2) = 1/this (0 for 0).</summary>
    internal FieldElement Invert()
    {
        var (t250, t11) = PowTwo250MinusOne();
        return t250.SquareTimes(5) * t11;
    }

    /// <summary>Returns (this^(2^250 − 1), this^11), shared by <see cref="Pow22523"/> and <see cref="Invert"/>.</summary>
    private (FieldElement Power, FieldElement Eleventh) PowTwo250MinusOne()
    {
        var t0 = Square();                      // 2
        var t1 = t0.SquareTimes(2) * this;      // 9
        var t3 = t0 * t1;                       // 11
        var t5 = t3.Square() * t1;              // 31 = 2^5 − 1
        var t7 = t5.SquareTimes(5) * t5;        // 2^10 − 1
        var t9 = t7.SquareTimes(10) * t7;       // 2^20 − 1
        var t11 = t9.SquareTimes(20) * t9;      // 2^40 − 1
        var t13 = t11.SquareTimes(10) * t7;     // 2^50 − 1
        var t15 = t13.SquareTimes(50) * t13;    // 2^100 − 1
        var t17 = t15.SquareTimes(100) * t15;   // 2^200 − 1
        var t19 = t17.SquareTimes(50) * t13;    // 2^250 − 1
        return (t19, t3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        var c0 = l0 >> 51;
        var c1 = l1 >> 51;
        var c2 = l2 >> 51;
        var c3 = l3 >> 51;
        var c4 = l4 >> 51;
        return new(
            (l0 & Mask) + c4 * 19,
            (l1 & Mask) + c0,
            (l2 & Mask) + c1,
            (l3 & Mask) + c2,
            (l4 & Mask) + c3);
    }
}
