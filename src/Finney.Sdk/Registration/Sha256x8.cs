using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V = System.Runtime.Intrinsics.Vector256<uint>;

namespace Finney.Sdk.Registration;

/// <summary>
/// SHA-256 of eight one-block messages at once, one message per 32-bit lane of a 256-bit vector. The PoW
/// input is 40 bytes, so each message is a single padded block: words 0–9 of data, 0x80000000, zeros, and the
/// bit length 320.
/// </summary>
internal static class Sha256x8
{
    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static ReadOnlySpan<uint> InitialState => [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    /// <summary>
    /// Compresses one block per lane from the initial state. <paramref name="w"/> holds the 16 block words
    /// (big-endian words of the message) in its first 16 entries and must have room for 64; the digest words
    /// land in <paramref name="digest"/> (8 entries).
    /// </summary>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void HashOneBlock(Span<V> w, Span<V> digest)
    {
        if (w.Length < 64 || digest.Length < 8)
        {
            throw new ArgumentException("Need 64 schedule words and 8 digest words.");
        }

        for (var t = 16; t < 64; t++)
        {
            var w2 = w[t - 2];
            var w15 = w[t - 15];
            var s1 = Ror(w2, 17) ^ Ror(w2, 19) ^ Vector256.ShiftRightLogical(w2, 10);
            var s0 = Ror(w15, 7) ^ Ror(w15, 18) ^ Vector256.ShiftRightLogical(w15, 3);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }

        var a = Vector256.Create(InitialState[0]);
        var b = Vector256.Create(InitialState[1]);
        var c = Vector256.Create(InitialState[2]);
        var d = Vector256.Create(InitialState[3]);
        var e = Vector256.Create(InitialState[4]);
        var f = Vector256.Create(InitialState[5]);
        var g = Vector256.Create(InitialState[6]);
        var h = Vector256.Create(InitialState[7]);
        for (var t = 0; t < 64; t++)
        {
            var s1 = Ror(e, 6) ^ Ror(e, 11) ^ Ror(e, 25);
            var ch = (e & f) ^ Vector256.AndNot(g, e);
            var t1 = h + s1 + ch + Vector256.Create(K[t]) + w[t];
            var s0 = Ror(a, 2) ^ Ror(a, 13) ^ Ror(a, 22);
            var maj = (a & b) ^ (a & c) ^ (b & c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + s0 + maj;
        }

        digest[0] = a + Vector256.Create(InitialState[0]);
        digest[1] = b + Vector256.Create(InitialState[1]);
        digest[2] = c + Vector256.Create(InitialState[2]);
        digest[3] = d + Vector256.Create(InitialState[3]);
        digest[4] = e + Vector256.Create(InitialState[4]);
        digest[5] = f + Vector256.Create(InitialState[5]);
        digest[6] = g + Vector256.Create(InitialState[6]);
        digest[7] = h + Vector256.Create(InitialState[7]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static V Ror(V x, [ConstantExpected(Min = 1, Max = 31)] byte n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.RotateRight(x, n) : Vector256.ShiftRightLogical(x, n) | Vector256.ShiftLeft(x, 32 - n);
}
