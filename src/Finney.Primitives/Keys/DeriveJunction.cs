using System.Globalization;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Keys;

/// <summary>
/// One step of a derivation path: <c>//name</c> (hard) or <c>/name</c> (soft), with its 32-byte chain
/// code as sp-core computes it: a decimal number becomes its u64 little-endian bytes; anything else its
/// SCALE string encoding (compact length ++ UTF-8); either is zero-padded to 32 bytes, or replaced by
/// its BLAKE2b-256 when longer than 32.
/// </summary>
public sealed record DeriveJunction(bool IsHard, byte[] ChainCode)
{
    /// <summary>Length of a chain code in bytes.</summary>
    public const int ChainCodeLength = 32;

    /// <summary>A junction from its path text without the leading slashes, e.g. <c>Alice</c> or <c>0</c>.</summary>
    public static DeriveJunction From(string code, bool isHard) => new(isHard, ChainCodeOf(code));

    /// <summary>The chain code of a junction's text (see the type's remarks).</summary>
    public static byte[] ChainCodeOf(string code)
    {
        var encoded = IsU64(code, out var number) ? BitConverter.GetBytes(number) : ScaleString(code);
        if (!BitConverter.IsLittleEndian && encoded.Length == 8)
        {
            Array.Reverse(encoded);
        }

        if (encoded.Length > ChainCodeLength)
        {
            return Blake2b.Hash256(encoded);
        }

        var chainCode = new byte[ChainCodeLength];
        encoded.CopyTo(chainCode, 0);
        return chainCode;
    }

    /// <summary>The path text of this junction is not kept; this shows its kind and chain code.</summary>
    public override string ToString() => $"{(IsHard ? "//" : "/")}0x{Convert.ToHexStringLower(ChainCode)}";

    // Rust's u64 FromStr: ASCII digits with an optional leading '+', no other signs or spaces.
    private static bool IsU64(string code, out ulong value)
    {
        var digits = code.StartsWith('+') ? code[1..] : code;
        value = 0;
        return digits.Length > 0
            && digits.All(char.IsAsciiDigit)
            && ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static byte[] ScaleString(string text)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        var prefix = CompactLength(utf8.Length);
        return [.. prefix, .. utf8];
    }

    // Compact encoding of a length; junction names are short, but all modes are handled for correctness.
    private static byte[] CompactLength(int length) => length switch
    {
        < 1 << 6 => [(byte)(length << 2)],
        < 1 << 14 => BitConverter.GetBytes((ushort)((length << 2) | 1)),
        < 1 << 30 => BitConverter.GetBytes((uint)((length << 2) | 2)),
        _ => [3, .. BitConverter.GetBytes((uint)length)],
    };
}
