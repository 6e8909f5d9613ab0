using System.Buffers.Binary;

namespace Finney.Primitives.Crypto.Merlin;

/// <summary>
/// A Merlin v1.0 transcript: a STROBE-128 sponge that absorbs labelled messages and produces labelled challenges,
/// byte-for-byte compatible with the Rust <c>merlin</c> crate that schnorrkel (sr25519) builds on.
/// </summary>
/// <remarks>
/// <c>AppendMessage(label, m)</c> is meta-AD(label) ‖ meta-AD(LE32 |m|) ‖ AD(m); <c>ChallengeBytes(label, n)</c> is
/// meta-AD(label) ‖ meta-AD(LE32 n) ‖ PRF(n). Dispose to zero the sponge state when it has absorbed secrets.
/// </remarks>
public sealed class Transcript : IDisposable
{
    private Strobe128 _strobe;

    /// <summary>Starts a transcript for the protocol <paramref name="label"/> (appended as "dom-sep").</summary>
    public Transcript(ReadOnlySpan<byte> label)
    {
        _strobe = new Strobe128("Merlin v1.0"u8);
        AppendMessage("dom-sep"u8, label);
    }

    private Transcript(in Strobe128 strobe) => _strobe = strobe;

    /// <summary>The underlying sponge (for conformance tests that compare raw STROBE state).</summary>
    internal ref Strobe128 Strobe => ref _strobe;

    /// <summary>Appends a prover message under <paramref name="label"/>.</summary>
    public void AppendMessage(ReadOnlySpan<byte> label, ReadOnlySpan<byte> message)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)message.Length));
        _strobe.MetaAd(label, more: false);
        _strobe.MetaAd(length, more: true);
        _strobe.Ad(message, more: false);
    }

    /// <summary>Appends <paramref name="value"/> as 8 little-endian bytes under <paramref name="label"/>.</summary>
    public void AppendU64(ReadOnlySpan<byte> label, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        AppendMessage(label, bytes);
    }

    /// <summary>Fills <paramref name="destination"/> with the verifier's challenge under <paramref name="label"/>.</summary>
    public void ChallengeBytes(ReadOnlySpan<byte> label, Span<byte> destination)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)destination.Length));
        _strobe.MetaAd(label, more: false);
        _strobe.MetaAd(length, more: true);
        _strobe.Prf(destination, more: false);
    }

    /// <summary>
    /// Forks the transcript into an RNG builder: rekey it with secret witnesses, then finalize it with external
    /// randomness. This transcript is not changed.
    /// </summary>
    public TranscriptRngBuilder BuildRng() => new(_strobe);

    /// <summary>An independent copy of this transcript in its current state.</summary>
    public Transcript Clone() => new(_strobe);

    /// <summary>Zeroes the sponge state.</summary>
    public void Dispose() => _strobe.Clear();
}
