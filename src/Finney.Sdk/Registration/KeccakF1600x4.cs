using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V = System.Runtime.Intrinsics.Vector256<ulong>;

namespace Finney.Sdk.Registration;

/// <summary>
/// Keccak-f[1600] on four independent states at once, one state per 64-bit lane of a 256-bit vector (AVX2,
/// with AVX-512VL rotates where the CPU has them). Same round structure as Primitives' scalar permutation.
/// </summary>
internal static class KeccakF1600x4
{
    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808AUL, 0x8000000080008000UL,
        0x000000000000808BUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008AUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000AUL,
        0x000000008000808BUL, 0x800000000000008BUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800AUL, 0x800000008000000AUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>Applies the permutation to 25 lanes of four interleaved states.</summary>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Permute(Span<V> s)
    {
        if (s.Length != 25)
        {
            throw new ArgumentException("Keccak-f[1600] state must be 25 lanes.", nameof(s));
        }

        V aba = s[0];
        V abe = s[1];
        V abi = s[2];
        V abo = s[3];
        V abu = s[4];
        V aga = s[5];
        V age = s[6];
        V agi = s[7];
        V ago = s[8];
        V agu = s[9];
        V aka = s[10];
        V ake = s[11];
        V aki = s[12];
        V ako = s[13];
        V aku = s[14];
        V ama = s[15];
        V ame = s[16];
        V ami = s[17];
        V amo = s[18];
        V amu = s[19];
        V asa = s[20];
        V ase = s[21];
        V asi = s[22];
        V aso = s[23];
        V asu = s[24];
        V eba, ebe, ebi, ebo, ebu, ega, ege, egi, ego, egu, eka, eke, eki, eko, eku, ema, eme, emi, emo, emu, esa, ese, esi, eso, esu;
        V c0, c1, c2, c3, c4, d0, d1, d2, d3, d4, b0, b1, b2, b3, b4;

        for (var round = 0; round < 24; round += 2)
        {
            c0 = aba ^ aga ^ aka ^ ama ^ asa;
            c1 = abe ^ age ^ ake ^ ame ^ ase;
            c2 = abi ^ agi ^ aki ^ ami ^ asi;
            c3 = abo ^ ago ^ ako ^ amo ^ aso;
            c4 = abu ^ agu ^ aku ^ amu ^ asu;
            d0 = c4 ^ Rol(c1, 1);
            d1 = c0 ^ Rol(c2, 1);
            d2 = c1 ^ Rol(c3, 1);
            d3 = c2 ^ Rol(c4, 1);
            d4 = c3 ^ Rol(c0, 1);
            b0 = aba ^ d0;
            b1 = Rol(age ^ d1, 44);
            b2 = Rol(aki ^ d2, 43);
            b3 = Rol(amo ^ d3, 21);
            b4 = Rol(asu ^ d4, 14);
            eba = b0 ^ Vector256.AndNot(b2, b1) ^ Vector256.Create(RoundConstants[round]);
            ebe = b1 ^ Vector256.AndNot(b3, b2);
            ebi = b2 ^ Vector256.AndNot(b4, b3);
            ebo = b3 ^ Vector256.AndNot(b0, b4);
            ebu = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(abo ^ d3, 28);
            b1 = Rol(agu ^ d4, 20);
            b2 = Rol(aka ^ d0, 3);
            b3 = Rol(ame ^ d1, 45);
            b4 = Rol(asi ^ d2, 61);
            ega = b0 ^ Vector256.AndNot(b2, b1);
            ege = b1 ^ Vector256.AndNot(b3, b2);
            egi = b2 ^ Vector256.AndNot(b4, b3);
            ego = b3 ^ Vector256.AndNot(b0, b4);
            egu = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(abe ^ d1, 1);
            b1 = Rol(agi ^ d2, 6);
            b2 = Rol(ako ^ d3, 25);
            b3 = Rol(amu ^ d4, 8);
            b4 = Rol(asa ^ d0, 18);
            eka = b0 ^ Vector256.AndNot(b2, b1);
            eke = b1 ^ Vector256.AndNot(b3, b2);
            eki = b2 ^ Vector256.AndNot(b4, b3);
            eko = b3 ^ Vector256.AndNot(b0, b4);
            eku = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(abu ^ d4, 27);
            b1 = Rol(aga ^ d0, 36);
            b2 = Rol(ake ^ d1, 10);
            b3 = Rol(ami ^ d2, 15);
            b4 = Rol(aso ^ d3, 56);
            ema = b0 ^ Vector256.AndNot(b2, b1);
            eme = b1 ^ Vector256.AndNot(b3, b2);
            emi = b2 ^ Vector256.AndNot(b4, b3);
            emo = b3 ^ Vector256.AndNot(b0, b4);
            emu = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(abi ^ d2, 62);
            b1 = Rol(ago ^ d3, 55);
            b2 = Rol(aku ^ d4, 39);
            b3 = Rol(ama ^ d0, 41);
            b4 = Rol(ase ^ d1, 2);
            esa = b0 ^ Vector256.AndNot(b2, b1);
            ese = b1 ^ Vector256.AndNot(b3, b2);
            esi = b2 ^ Vector256.AndNot(b4, b3);
            eso = b3 ^ Vector256.AndNot(b0, b4);
            esu = b4 ^ Vector256.AndNot(b1, b0);

            c0 = eba ^ ega ^ eka ^ ema ^ esa;
            c1 = ebe ^ ege ^ eke ^ eme ^ ese;
            c2 = ebi ^ egi ^ eki ^ emi ^ esi;
            c3 = ebo ^ ego ^ eko ^ emo ^ eso;
            c4 = ebu ^ egu ^ eku ^ emu ^ esu;
            d0 = c4 ^ Rol(c1, 1);
            d1 = c0 ^ Rol(c2, 1);
            d2 = c1 ^ Rol(c3, 1);
            d3 = c2 ^ Rol(c4, 1);
            d4 = c3 ^ Rol(c0, 1);
            b0 = eba ^ d0;
            b1 = Rol(ege ^ d1, 44);
            b2 = Rol(eki ^ d2, 43);
            b3 = Rol(emo ^ d3, 21);
            b4 = Rol(esu ^ d4, 14);
            aba = b0 ^ Vector256.AndNot(b2, b1) ^ Vector256.Create(RoundConstants[round + 1]);
            abe = b1 ^ Vector256.AndNot(b3, b2);
            abi = b2 ^ Vector256.AndNot(b4, b3);
            abo = b3 ^ Vector256.AndNot(b0, b4);
            abu = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(ebo ^ d3, 28);
            b1 = Rol(egu ^ d4, 20);
            b2 = Rol(eka ^ d0, 3);
            b3 = Rol(eme ^ d1, 45);
            b4 = Rol(esi ^ d2, 61);
            aga = b0 ^ Vector256.AndNot(b2, b1);
            age = b1 ^ Vector256.AndNot(b3, b2);
            agi = b2 ^ Vector256.AndNot(b4, b3);
            ago = b3 ^ Vector256.AndNot(b0, b4);
            agu = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(ebe ^ d1, 1);
            b1 = Rol(egi ^ d2, 6);
            b2 = Rol(eko ^ d3, 25);
            b3 = Rol(emu ^ d4, 8);
            b4 = Rol(esa ^ d0, 18);
            aka = b0 ^ Vector256.AndNot(b2, b1);
            ake = b1 ^ Vector256.AndNot(b3, b2);
            aki = b2 ^ Vector256.AndNot(b4, b3);
            ako = b3 ^ Vector256.AndNot(b0, b4);
            aku = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(ebu ^ d4, 27);
            b1 = Rol(ega ^ d0, 36);
            b2 = Rol(eke ^ d1, 10);
            b3 = Rol(emi ^ d2, 15);
            b4 = Rol(eso ^ d3, 56);
            ama = b0 ^ Vector256.AndNot(b2, b1);
            ame = b1 ^ Vector256.AndNot(b3, b2);
            ami = b2 ^ Vector256.AndNot(b4, b3);
            amo = b3 ^ Vector256.AndNot(b0, b4);
            amu = b4 ^ Vector256.AndNot(b1, b0);
            b0 = Rol(ebi ^ d2, 62);
            b1 = Rol(ego ^ d3, 55);
            b2 = Rol(eku ^ d4, 39);
            b3 = Rol(ema ^ d0, 41);
            b4 = Rol(ese ^ d1, 2);
            asa = b0 ^ Vector256.AndNot(b2, b1);
            ase = b1 ^ Vector256.AndNot(b3, b2);
            asi = b2 ^ Vector256.AndNot(b4, b3);
            aso = b3 ^ Vector256.AndNot(b0, b4);
            asu = b4 ^ Vector256.AndNot(b1, b0);
        }

        s[0] = aba;
        s[1] = abe;
        s[2] = abi;
        s[3] = abo;
        s[4] = abu;
        s[5] = aga;
        s[6] = age;
        s[7] = agi;
        s[8] = ago;
        s[9] = agu;
        s[10] = aka;
        s[11] = ake;
        s[12] = aki;
        s[13] = ako;
        s[14] = aku;
        s[15] = ama;
        s[16] = ame;
        s[17] = ami;
        s[18] = amo;
        s[19] = amu;
        s[20] = asa;
        s[21] = ase;
        s[22] = asi;
        s[23] = aso;
        s[24] = asu;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static V Rol(V x, [ConstantExpected(Min = 0, Max = 63)] byte n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.RotateLeft(x, n) : Vector256.ShiftLeft(x, n) | Vector256.ShiftRightLogical(x, 64 - n);
}
