using System.Numerics;

namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>Constants of edwards25519 (a = −1) and Ristretto255, derived once from their decimal values.</summary>
internal static class CurveConstants
{
    /// <summary>p = 2^255 − 19.</summary>
    internal static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;

    /// <summary>d = −121665/121666.</summary>
    internal static readonly FieldElement D = FromDecimal("37095705934669439343138083508754565189542113879843219016388785533085940283555");

    /// <summary>2·d.</summary>
    internal static readonly FieldElement D2 = D + D;

    /// <summary>√−1 (the positive root).</summary>
    internal static readonly FieldElement SqrtMinusOne = FromDecimal("19681161376707505956807079304988542015446066515923890162744021073123829784752");

    /// <summary>1/√(a − d) with a = −1 (Ristretto's "magic" constant).</summary>
    internal static readonly FieldElement InvSqrtAMinusD = FromDecimal("54469307008909316920995813868745141605393597292927456921205312896311721017578");

    /// <summary>The Ristretto255 basepoint encoding.</summary>
    internal static ReadOnlySpan<byte> BasepointEncoding =>
    [
        0xe2, 0xf2, 0xae, 0x0a, 0x6a, 0xbc, 0x4e, 0x71, 0xa8, 0x84, 0xa9, 0x61, 0xc5, 0x00, 0x51, 0x5f,
        0x58, 0xe3, 0x0b, 0x6a, 0xa5, 0x82, 0xdd, 0x8d, 0xb6, 0xa6, 0x59, 0x45, 0xe0, 0x8d, 0x2d, 0x76,
    ];

    internal static FieldElement FromDecimal(string value)
    {
        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        var written = BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToByteArray(isUnsigned: true, isBigEndian: false);
        written.CopyTo(bytes);
        return FieldElement.FromBytes(bytes);
    }
}
