using System.Runtime.CompilerServices;

namespace Finney.Primitives.Crypto.Merlin;

/// <summary>The 25 lanes of a Keccak-f[1600] state, stored inline so a STROBE context copies by value.</summary>
[InlineArray(Hashing.KeccakF1600.Lanes)]
internal struct KeccakState
{
    private ulong _lane;
}
