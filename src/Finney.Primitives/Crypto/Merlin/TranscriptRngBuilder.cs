using System.Buffers.Binary;

namespace Finney.Primitives.Crypto.Merlin;

/// <summary>
/// A forked transcript being rekeyed with the prover's secret witnesses before it becomes a
/// <see cref="TranscriptRng"/> (merlin's <c>TranscriptRngBuilder</c>). Each call mutates and returns this builder.
/// </summary>
public sealed class TranscriptRngBuilder : IDisposable
{
    /// <summary>Number of external random bytes <see cref="Finalize(ReadOnlySpan{byte})"/> takes.</summary>
    public const int RandomBytesLength = 32;

    private Strobe128 _strobe;

    internal TranscriptRngBuilder(in Strobe128 strobe) => _strobe = strobe;

    /// <summary>Rekeys with witness bytes: meta-AD(label) ‖ meta-AD(LE32 |witness|) ‖ KEY(witness).</summary>
    public TranscriptRngBuilder RekeyWithWitnessBytes(ReadOnlySpan<byte> label, ReadOnlySpan<byte> witness)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)witness.Length));
        _strobe.MetaAd(label, more: false);
        _strobe.MetaAd(length, more: true);
        _strobe.Key(witness, more: false);
        return this;
    }

    /// <summary>
    /// Rekeys with 32 external random bytes (meta-AD("rng") ‖ KEY(random)) and returns the finished RNG. Pass
    /// fresh randomness; fixed bytes are only for reproducing known-answer tests. This builder is cleared.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="randomBytes"/> is not 32 bytes long.</exception>
    public TranscriptRng Finalize(ReadOnlySpan<byte> randomBytes)
    {
        if (randomBytes.Length != RandomBytesLength)
        {
            throw new ArgumentException($"Transcript RNG randomness must be 32 bytes, not {randomBytes.Length}.", nameof(randomBytes));
        }

        _strobe.MetaAd("rng"u8, more: false);
        _strobe.Key(randomBytes, more: false);
        var rng = new TranscriptRng(_strobe);
        _strobe.Clear();
        return rng;
    }

    /// <summary>Zeroes the sponge state.</summary>
    public void Dispose() => _strobe.Clear();
}
