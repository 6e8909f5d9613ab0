using System.Buffers.Binary;
using System.IO.Hashing;

namespace Finney.Primitives.Hashing;

/// <summary>
/// Substrate's xxHash family: <c>twox_64</c> is XXH64 with seed 0, <c>twox_128</c> and <c>twox_256</c>
/// concatenate XXH64 with seeds 0,1 (and 2,3), each written little-endian. Fast, not cryptographic:
/// used for storage prefixes and keys an attacker cannot choose.
/// </summary>
public static class Twox
{
    /// <summary>XXH64 seed 0, 8 bytes little-endian.</summary>
    public static byte[] Hash64(ReadOnlySpan<byte> data) => Hash(data, 8);

    /// <summary>XXH64 with seeds 0 and 1, 16 bytes (storage pallet and item prefixes).</summary>
    public static byte[] Hash128(ReadOnlySpan<byte> data) => Hash(data, 16);

    /// <summary>XXH64 with seeds 0 to 3, 32 bytes.</summary>
    public static byte[] Hash256(ReadOnlySpan<byte> data) => Hash(data, 32);

    /// <summary>Twox of a UTF-8 string, as storage prefixes are computed from pallet and item names.</summary>
    public static byte[] Hash128(string text) => Hash128(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes twox with <c>output.Length / 8</c> seeds (8, 16 or 32 bytes) into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The output length is not 8, 16 or 32.</exception>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length is not (8 or 16 or 32))
        {
            throw new ArgumentException($"twox output must be 8, 16 or 32 bytes, not {output.Length}.", nameof(output));
        }

        for (var seed = 0; seed < output.Length / 8; seed++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output.Slice(seed * 8, 8), XxHash64.HashToUInt64(data, seed));
        }
    }

    private static byte[] Hash(ReadOnlySpan<byte> data, int length)
    {
        var output = new byte[length];
        Hash(data, output);
        return output;
    }
}
