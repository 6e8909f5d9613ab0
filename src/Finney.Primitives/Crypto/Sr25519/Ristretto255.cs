using Finney.Primitives.Interop;

namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>
/// Ristretto255 group operations on 32-byte encodings, through libsodium (constant time, so fine with secret
/// scalars). libsodium reports an identity result as a failure but still writes its all-zero encoding, which is
/// what schnorrkel would produce, so the status of multiplications is not an error here.
/// </summary>
internal static unsafe class Ristretto255
{
    /// <summary>Encoding size in bytes.</summary>
    internal const int Length = 32;

    /// <summary>True when the bytes are the canonical encoding of a group element (the identity included).</summary>
    internal static bool IsValidPoint(ReadOnlySpan<byte> point)
    {
        if (point.Length != Length)
        {
            return false;
        }

        if (IsIdentity(point))
        {
            return true;
        }

        fixed (byte* p = point)
        {
            return Sodium.crypto_core_ristretto255_is_valid_point(p) == 1;
        }
    }

    /// <summary>True for the all-zero encoding of the identity.</summary>
    internal static bool IsIdentity(ReadOnlySpan<byte> point) => !point.ContainsAnyExcept((byte)0);

    /// <summary>result = scalar·B for the Ristretto basepoint B.</summary>
    internal static void MultiplyBase(ReadOnlySpan<byte> scalar, Span<byte> result)
    {
        fixed (byte* s = scalar)
        fixed (byte* r = result)
        {
            _ = Sodium.crypto_scalarmult_ristretto255_base(r, s);
        }
    }

    /// <summary>result = scalar·point; false when <paramref name="point"/> is not a valid encoding.</summary>
    internal static bool Multiply(ReadOnlySpan<byte> scalar, ReadOnlySpan<byte> point, Span<byte> result)
    {
        if (IsIdentity(point))
        {
            result.Clear();
            return true;
        }

        if (!IsValidPoint(point))
        {
            return false;
        }

        fixed (byte* s = scalar)
        fixed (byte* p = point)
        fixed (byte* r = result)
        {
            _ = Sodium.crypto_scalarmult_ristretto255(r, s, p);
        }

        return true;
    }

    /// <summary>result = p + q; false when either input is not a valid encoding.</summary>
    internal static bool Add(ReadOnlySpan<byte> p, ReadOnlySpan<byte> q, Span<byte> result)
    {
        fixed (byte* pp = p)
        fixed (byte* pq = q)
        fixed (byte* r = result)
        {
            return Sodium.crypto_core_ristretto255_add(r, pp, pq) == 0;
        }
    }

    /// <summary>result = p − q; false when either input is not a valid encoding.</summary>
    internal static bool Subtract(ReadOnlySpan<byte> p, ReadOnlySpan<byte> q, Span<byte> result)
    {
        fixed (byte* pp = p)
        fixed (byte* pq = q)
        fixed (byte* r = result)
        {
            return Sodium.crypto_core_ristretto255_sub(r, pp, pq) == 0;
        }
    }
}
