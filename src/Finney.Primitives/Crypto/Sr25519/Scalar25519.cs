using Finney.Primitives.Interop;

namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>
/// Arithmetic on 32-byte little-endian scalars modulo the Ristretto group order ℓ = 2^252 +
/// 27742317777372353535851937790883648493. Multiplication and reduction go through libsodium, which is constant
/// time; the helpers here are branch-free so they are safe on secret keys too.
/// </summary>
internal static unsafe class Scalar25519
{
    /// <summary>Scalar size in bytes.</summary>
    internal const int Length = 32;

    /// <summary>Size of a wide (512-bit) value reduced by <see cref="ReduceWide"/>.</summary>
    internal const int WideLength = 64;

    /// <summary>ℓ in little-endian bytes.</summary>
    internal static ReadOnlySpan<byte> Order =>
    [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ];

    /// <summary>Reduces a 64-byte little-endian number mod ℓ (curve25519-dalek's <c>from_bytes_mod_order_wide</c>).</summary>
    internal static void ReduceWide(ReadOnlySpan<byte> wide, Span<byte> result)
    {
        System.Diagnostics.Debug.Assert(wide.Length == WideLength && result.Length == Length, "callers pass fixed sizes");
        fixed (byte* w = wide)
        fixed (byte* r = result)
        {
            Sodium.crypto_core_ristretto255_scalar_reduce(r, w);
        }
    }

    /// <summary>result = a·b + c mod ℓ. The result may alias none of the inputs.</summary>
    internal static void MultiplyAdd(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, Span<byte> result)
    {
        Span<byte> product = stackalloc byte[Length];
        fixed (byte* pa = a)
        fixed (byte* pb = b)
        fixed (byte* pc = c)
        fixed (byte* pp = product)
        fixed (byte* pr = result)
        {
            Sodium.crypto_core_ristretto255_scalar_mul(pp, pa, pb);
            Sodium.crypto_core_ristretto255_scalar_add(pr, pp, pc);
        }

        System.Security.Cryptography.CryptographicOperations.ZeroMemory(product);
    }

    /// <summary>result = a + b mod ℓ.</summary>
    internal static void Add(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> result)
    {
        fixed (byte* pa = a)
        fixed (byte* pb = b)
        fixed (byte* pr = result)
        {
            Sodium.crypto_core_ristretto255_scalar_add(pr, pa, pb);
        }
    }

    /// <summary>True when the 32-byte little-endian value is below ℓ; branch-free over all 32 bytes.</summary>
    internal static bool IsCanonical(ReadOnlySpan<byte> scalar)
    {
        System.Diagnostics.Debug.Assert(scalar.Length == Length, "callers pass 32 bytes");
        var order = Order;
        var borrow = 0;
        for (var i = 0; i < Length; i++)
        {
            borrow = (scalar[i] - order[i] - borrow) >> 31 & 1;
        }

        // scalar − ℓ borrows exactly when scalar < ℓ.
        return borrow == 1;
    }

    /// <summary>Divides a 256-bit little-endian value by the cofactor 8 in place (a 3-bit right shift).</summary>
    internal static void DivideByCofactor(Span<byte> scalar)
    {
        var carry = 0;
        for (var i = scalar.Length - 1; i >= 0; i--)
        {
            var b = scalar[i];
            scalar[i] = (byte)(b >> 3 | carry);
            carry = b << 5 & 0xe0;
        }
    }

    /// <summary>Multiplies a 256-bit little-endian value by the cofactor 8 in place, dropping the top 3 bits.</summary>
    internal static void MultiplyByCofactor(Span<byte> scalar)
    {
        var carry = 0;
        for (var i = 0; i < scalar.Length; i++)
        {
            var b = scalar[i];
            scalar[i] = (byte)(b << 3 | carry);
            carry = b >> 5;
        }
    }
}
