using Finney.Primitives.Interop;

namespace Finney.Primitives.Hashing;

/// <summary>
/// BLAKE2b (RFC 7693) with any digest length from 1 to 64 bytes and an optional key of up to 64 bytes.
/// A shorter digest is its own parameterisation, not a truncation of BLAKE2b-512: Substrate's
/// <c>blake2_128</c> and <c>blake2_256</c> are BLAKE2b with 16- and 32-byte outputs.
/// </summary>
public static unsafe class Blake2b
{
    /// <summary>Largest digest and key length, in bytes.</summary>
    public const int MaxLength = 64;

    /// <summary>BLAKE2b with a 16-byte digest (Substrate <c>blake2_128</c>).</summary>
    public static byte[] Hash128(ReadOnlySpan<byte> data) => Hash(data, 16);

    /// <summary>BLAKE2b with a 32-byte digest (Substrate <c>blake2_256</c>; block and extrinsic hashes).</summary>
    public static byte[] Hash256(ReadOnlySpan<byte> data) => Hash(data, 32);

    /// <summary>BLAKE2b with a 64-byte digest (SS58 checksums).</summary>
    public static byte[] Hash512(ReadOnlySpan<byte> data) => Hash(data, 64);

    /// <summary>BLAKE2b of <paramref name="data"/> with a digest of <paramref name="length"/> bytes, optionally keyed.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data, int length, ReadOnlySpan<byte> key = default)
    {
        var output = new byte[length];
        Hash(data, output, key);
        return output;
    }

    /// <summary>Writes BLAKE2b of <paramref name="data"/> into <paramref name="output"/>; the digest length is the output's length.</summary>
    /// <exception cref="ArgumentException">The output is empty or longer than 64 bytes, or the key is longer than 64 bytes.</exception>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output, ReadOnlySpan<byte> key = default)
    {
        if (output.Length is < 1 or > MaxLength)
        {
            throw new ArgumentException($"BLAKE2b digest length must be 1..64 bytes, not {output.Length}.", nameof(output));
        }

        if (key.Length > MaxLength)
        {
            throw new ArgumentException($"BLAKE2b key length must be at most 64 bytes, not {key.Length}.", nameof(key));
        }

        fixed (byte* o = output)
        fixed (byte* d = data)
        fixed (byte* k = key)
        {
            // libsodium fails only for lengths outside the bounds checked above.
            var status = Sodium.crypto_generichash(o, (nuint)output.Length, d, (ulong)data.Length, key.IsEmpty ? null : k, (nuint)key.Length);
            System.Diagnostics.Debug.Assert(status == 0, "lengths were checked above");
        }
    }
}
