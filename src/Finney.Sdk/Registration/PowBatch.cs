using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Finney.Sdk.Registration;

/// <summary>
/// Computes the seals of eight consecutive nonces per call: SHA-256 eight lanes wide, then Keccak four lanes
/// wide twice, with the shared pre-hash laid into the message once. One instance per worker thread.
/// </summary>
internal sealed class PowBatch
{
    /// <summary>Nonces per call.</summary>
    public const int Width = 8;

    private readonly Vector256<uint>[] _schedule = new Vector256<uint>[64];
    private readonly Vector256<uint>[] _digest = new Vector256<uint>[8];
    private readonly Vector256<ulong>[] _keccak = new Vector256<ulong>[25];
    private readonly Vector256<uint>[] _constantWords = new Vector256<uint>[16];

    /// <summary>Prepares the message words every nonce shares.</summary>
    public PowBatch(ReadOnlySpan<byte> preHash)
    {
        if (preHash.Length != PowSeal.Length)
        {
            throw new ArgumentException("A pre-hash is 32 bytes.", nameof(preHash));
        }

        for (var i = 0; i < 8; i++)
        {
            _constantWords[2 + i] = Vector256.Create(BinaryPrimitives.ReadUInt32BigEndian(preHash[(4 * i)..]));
        }

        // SHA-256 padding of a 40-byte message: 0x80 after the data, zeros, then the length in bits.
        _constantWords[10] = Vector256.Create(0x80000000u);
        _constantWords[15] = Vector256.Create(40u * 8);
    }

    /// <summary>
    /// The lane (0–7) of the first nonce in <paramref name="nonce"/>…<paramref name="nonce"/>+7 whose seal meets
    /// <paramref name="difficulty"/>, or −1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ulong nonce, in PowDifficulty difficulty)
    {
        HashSha(nonce);
        for (var half = 0; half < 2; half++)
        {
            HashKeccak(half);
            var limit0 = difficulty.Limit0;
            for (var lane = 0; lane < 4; lane++)
            {
                // Most seals fail on their top 64 bits; only near-misses pay for the full comparison.
                var w0 = BinaryPrimitives.ReverseEndianness(_keccak[0].GetElement(lane));
                if (w0 <= limit0 && difficulty.IsMetBy(w0, Word(1, lane), Word(2, lane), Word(3, lane)))
                {
                    return (half * 4) + lane;
                }
            }
        }

        return -1;
    }

    /// <summary>Writes the eight seals (32 bytes each) of <paramref name="nonce"/>…+7, for tests and checks.</summary>
    public void Seals(ulong nonce, Span<byte> seals)
    {
        HashSha(nonce);
        for (var half = 0; half < 2; half++)
        {
            HashKeccak(half);
            for (var lane = 0; lane < 4; lane++)
            {
                for (var word = 0; word < 4; word++)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(seals[((((half * 4) + lane) * 32) + (word * 8))..], _keccak[word].GetElement(lane));
                }
            }
        }
    }

    private ulong Word(int index, int lane) => BinaryPrimitives.ReverseEndianness(_keccak[index].GetElement(lane));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void HashSha(ulong nonce)
    {
        Span<uint> low = stackalloc uint[Width];
        Span<uint> high = stackalloc uint[Width];
        for (var i = 0; i < Width; i++)
        {
            // The nonce's 8 little-endian bytes are message words 0 and 1, read big-endian.
            var n = nonce + (ulong)i;
            low[i] = BinaryPrimitives.ReverseEndianness((uint)n);
            high[i] = BinaryPrimitives.ReverseEndianness((uint)(n >> 32));
        }

        _constantWords.CopyTo(_schedule, 0);
        _schedule[0] = Vector256.Create<uint>(low);
        _schedule[1] = Vector256.Create<uint>(high);
        Sha256x8.HashOneBlock(_schedule, _digest);
        for (var i = 0; i < 8; i++)
        {
            _digest[i] = ByteSwapWords(_digest[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void HashKeccak(int half)
    {
        // Keccak-256 of the 32-byte digest: lanes 0–3 hold it (little-endian 64-bit words of the digest bytes),
        // lane 4 starts the padding (0x01) and lane 16 ends it (0x80 in the last byte of the 136-byte rate).
        var state = _keccak.AsSpan();
        state.Clear();
        for (var k = 0; k < 4; k++)
        {
            var lo = half == 0 ? Vector256.WidenLower(_digest[2 * k]) : Vector256.WidenUpper(_digest[2 * k]);
            var hi = half == 0 ? Vector256.WidenLower(_digest[(2 * k) + 1]) : Vector256.WidenUpper(_digest[(2 * k) + 1]);
            state[k] = lo | Vector256.ShiftLeft(hi, 32);
        }

        state[4] = Vector256.Create(0x01UL);
        state[16] = Vector256.Create(0x8000000000000000UL);
        KeccakF1600x4.Permute(state);
    }

    private static Vector256<uint> ByteSwapWords(Vector256<uint> value)
    {
        var mask = Vector256.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
        return Avx2.IsSupported
            ? Avx2.Shuffle(value.AsByte(), mask).AsUInt32()
            : Vector256.Shuffle(value.AsByte(), mask + Vector256.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16)).AsUInt32();
    }
}
