using System.Buffers.Binary;

namespace Finney.Primitives.Crypto.Merlin;

/// <summary>
/// Synthetic randomness bound to a transcript, the prover's witnesses and external randomness (merlin's
/// <c>TranscriptRng</c>). Dispose to zero its state.
/// </summary>
public sealed class TranscriptRng : IDisposable
{
    private Strobe128 _strobe;

    internal TranscriptRng(in Strobe128 strobe) => _strobe = strobe;

    /// <summary>Fills <paramref name="destination"/>: meta-AD(LE32 |destination|) ‖ PRF.</summary>
    public void FillBytes(Span<byte> destination)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)destination.Length));
        _strobe.MetaAd(length, more: false);
        _strobe.Prf(destination, more: false);
    }

    /// <summary>Zeroes the sponge state.</summary>
    public void Dispose() => _strobe.Clear();
}
