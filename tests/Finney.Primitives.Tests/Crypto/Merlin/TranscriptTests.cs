using Finney.Primitives.Crypto.Merlin;
using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Crypto.Merlin;

public class TranscriptTests
{
    // merlin's transcript::tests::equivalence_simple; the hex is its debug-transcript output, as recorded in the
    // Go port gtank/merlin (merlin_test.go, TestSimpleTranscript).
    [Fact]
    public void ChallengeBytes_EquivalenceSimple_MatchesMerlin()
    {
        using var transcript = new Transcript("test protocol"u8);
        transcript.AppendMessage("some label"u8, "some data"u8);
        var challenge = new byte[32];
        transcript.ChallengeBytes("challenge"u8, challenge);
        Hex.EncodeBare(challenge).ShouldBe("d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615");
    }

    // merlin's equivalence_complex: messages longer than the sponge rate, 32 rounds of challenge and append.
    [Fact]
    public void ChallengeBytes_EquivalenceComplex_MatchesMerlin()
    {
        using var transcript = new Transcript("test protocol"u8);
        transcript.AppendMessage("step1"u8, "some data"u8);
        var data = Enumerable.Repeat((byte)99, 1024).ToArray();
        var challenge = new byte[32];
        for (var i = 0; i < 32; i++)
        {
            transcript.ChallengeBytes("challenge"u8, challenge);
            transcript.AppendMessage("bigdata"u8, data);
            transcript.AppendMessage("challengedata"u8, challenge);
        }

        Hex.EncodeBare(challenge).ShouldBe("a8c933f54fae76e3f9bea93648c1308e7dfa2152dd51674ff3ca438351cf003c");
    }

    // Splitting the label and length into two meta-AD calls (continued with more=true) must equal merlin's
    // reference framing, which absorbs label ‖ LE32(len) as one meta-AD operation.
    [Fact]
    public void AppendMessage_EqualsSingleMetaAdFraming()
    {
        using var transcript = new Transcript("framing"u8);
        transcript.AppendMessage("label"u8, "value"u8);
        var fromTranscript = new byte[48];
        transcript.ChallengeBytes("c"u8, fromTranscript);

        var strobe = new Strobe128("Merlin v1.0"u8);
        strobe.MetaAd([.. "dom-sep"u8, 7, 0, 0, 0], more: false);
        strobe.Ad("framing"u8, more: false);
        strobe.MetaAd([.. "label"u8, 5, 0, 0, 0], more: false);
        strobe.Ad("value"u8, more: false);
        strobe.MetaAd([.. "c"u8, 48, 0, 0, 0], more: false);
        var fromStrobe = new byte[48];
        strobe.Prf(fromStrobe, more: false);

        fromTranscript.ShouldBe(fromStrobe);
    }

    [Fact]
    public void AppendU64_EqualsAppendingEightLittleEndianBytes()
    {
        using var a = new Transcript("u64"u8);
        using var b = new Transcript("u64"u8);
        a.AppendU64("n"u8, 0x0102030405060708UL);
        b.AppendMessage("n"u8, [8, 7, 6, 5, 4, 3, 2, 1]);
        var ca = new byte[32];
        var cb = new byte[32];
        a.ChallengeBytes("c"u8, ca);
        b.ChallengeBytes("c"u8, cb);
        ca.ShouldBe(cb);
    }

    [Fact]
    public void Clone_AfterDivergingMessages_GivesDifferentChallenges()
    {
        using var original = new Transcript("clone"u8);
        original.AppendMessage("a"u8, "1"u8);
        using var copy = original.Clone();
        copy.AppendMessage("b"u8, "2"u8);
        var c1 = new byte[32];
        var c2 = new byte[32];
        original.ChallengeBytes("c"u8, c1);
        copy.ChallengeBytes("c"u8, c2);
        c1.ShouldNotBe(c2);
    }

    // merlin's transcript_rng_is_bound_to_transcript_and_witnesses, with fixed instead of ChaCha randomness.
    [Fact]
    public void BuildRng_BoundToTranscriptWitnessAndRandomness()
    {
        var zero = new byte[32];
        var r1 = Rng("commitment data 1"u8, "witness data 1"u8, zero);
        var r2 = Rng("commitment data 2"u8, "witness data 1"u8, zero);
        var r3 = Rng("commitment data 2"u8, "witness data 2"u8, zero);
        var r4 = Rng("commitment data 2"u8, "witness data 2"u8, zero);
        var r5 = Rng("commitment data 2"u8, "witness data 2"u8, [.. Enumerable.Repeat((byte)1, 32)]);

        r1.ShouldNotBe(r2);
        r1.ShouldNotBe(r3);
        r2.ShouldNotBe(r3);
        r3.ShouldBe(r4);
        r4.ShouldNotBe(r5);
    }

    [Fact]
    public void BuildRng_DoesNotChangeTheTranscript()
    {
        using var a = new Transcript("rng"u8);
        using var b = new Transcript("rng"u8);
        using (var rng = a.BuildRng().RekeyWithWitnessBytes("w"u8, "secret"u8).Finalize(new byte[32]))
        {
            rng.FillBytes(new byte[64]);
        }

        var ca = new byte[32];
        var cb = new byte[32];
        a.ChallengeBytes("c"u8, ca);
        b.ChallengeBytes("c"u8, cb);
        ca.ShouldBe(cb);
    }

    [Fact]
    public void Finalize_RandomnessNot32Bytes_Throws()
    {
        using var transcript = new Transcript("rng"u8);
        Should.Throw<ArgumentException>(() => transcript.BuildRng().Finalize(new byte[31]));
    }

    private static byte[] Rng(ReadOnlySpan<byte> commitment, ReadOnlySpan<byte> witness, byte[] random)
    {
        using var transcript = new Transcript("test TranscriptRng collisions"u8);
        transcript.AppendMessage("com"u8, commitment);
        using var rng = transcript.BuildRng().RekeyWithWitnessBytes("witness"u8, witness).Finalize(random);
        var output = new byte[64];
        rng.FillBytes(output);
        return output;
    }
}
