using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Finney.Primitives.Hashing;

/// <summary>
/// One-shot Keccak sponge over <see cref="KeccakF1600"/>: absorb the whole input, pad with the given domain byte
/// and the final 0x80 bit, squeeze the output. The only difference between Keccak-256 and SHA3-256 is the domain
/// byte (0x01 for original Keccak, 0x06 for FIPS 202).
/// </summary>
internal static class KeccakSponge
{
    [SkipLocalsInit]
    internal static void Hash(ReadOnlySpan<byte> data, Span<byte> output, int rateBytes, byte domain)
    {
        System.Diagnostics.Debug.Assert(rateBytes % 8 == 0 && rateBytes < KeccakF1600.StateBytes, "rates are whole lanes below the state size");
        Span<ulong> state = stackalloc ulong[KeccakF1600.Lanes];
        state.Clear();
        var rateLanes = rateBytes / 8;

        while (data.Length >= rateBytes)
        {
            for (var i = 0; i < rateLanes; i++)
            {
                state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(data[(i * 8)..]);
            }

            KeccakF1600.Permute(state);
            data = data[rateBytes..];
        }

        Span<byte> last = stackalloc byte[rateBytes];
        last.Clear();
        data.CopyTo(last);
        last[data.Length] ^= domain;
        last[rateBytes - 1] ^= 0x80;
        for (var i = 0; i < rateLanes; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(last[(i * 8)..]);
        }

        KeccakF1600.Permute(state);
        Squeeze(state, output, rateBytes);
        CryptographicOperations.ZeroMemory(last);
        CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(state));
    }

    private static void Squeeze(Span<ulong> state, Span<byte> output, int rateBytes)
    {
        Span<byte> lane = stackalloc byte[8];
        while (true)
        {
            var take = Math.Min(output.Length, rateBytes);
            for (var offset = 0; offset < take; offset += 8)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(lane, state[offset / 8]);
                lane[..Math.Min(8, take - offset)].CopyTo(output[offset..]);
            }

            output = output[take..];
            if (output.IsEmpty)
            {
                return;
            }

            KeccakF1600.Permute(state);
        }
    }
}
