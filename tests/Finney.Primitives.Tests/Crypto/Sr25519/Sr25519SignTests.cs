using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Crypto.Sr25519;

public class Sr25519SignTests
{
    private static readonly byte[] Message = "this is a message"u8.ToArray();

    // @scure/sr25519 "sign": dev seed, zero randomness. Equal bytes prove the transcript, the witness nonce, the
    // challenge and the scalar arithmetic all match schnorrkel's.
    [Fact]
    public void Sign_FixedZeroRandomness_MatchesScureSignature()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        Hex.EncodeBare(pair.Sign(Message, Sr25519Signature.SubstrateContext, new byte[32])).ShouldBe(
            "dc4831339346dc294d21dd6efa22c078b6eb6602a30fb9c67540c1fb4e20936e17489f36dbe14aec6d2b1e56d979f7b420ca34143aca1691db0bab9535c49a86");
    }

    // The intermediate STROBE states and scalars of the same signature, from @scure/sr25519's "SigningContext" test.
    [Fact]
    public void SigningTranscript_Steps_MatchScureIntermediateValues()
    {
        using var transcript = SchnorrkelTranscripts.Signing("substrate"u8, Message);
        ref var strobe = ref transcript.Strobe;
        Hex.EncodeBare(strobe.Bytes).ShouldBe(
            "9c7f5bea8a913cb40ad10d0d65642707b3616a2f306528f6733be420a205d212ba710f6d09609d77fa3e6c3008ee1394096d3989d45e4760" +
            "f2b8f7d9b457c5918f9b62ec9747c8eac845e58e6be196140fa47a07f19e78f5ac5d93020c63727321c92a603907035349ccbb1b92b7b0057e" +
            "8fa87fcebc7e88656fcb45ae04bc34cabeaebe79d91750c0e8bf13b966504d1343597265dd8865adf91409cc9b20d5f47444041f97b699ddf" +
            "bdee91ea87bd09bf8b02da75a96e947f07f5b65bb4e6efefaa16abfd9fbf6");
        (strobe.Position, strobe.PositionBegin, strobe.CurrentFlags).ShouldBe((94, 76, (byte)2));

        transcript.AppendMessage("proto-name"u8, "Schnorr-sig"u8);
        (strobe.Position, strobe.PositionBegin, strobe.CurrentFlags).ShouldBe((123, 111, (byte)2));

        transcript.AppendMessage("sign:pk"u8, DevKeys.DevPublic);
        (strobe.Position, strobe.PositionBegin, strobe.CurrentFlags).ShouldBe((4, 0, (byte)2));
        Hex.EncodeBare(strobe.Bytes[..16]).ShouldBe("25983478d55267650c96a61a372cebf0");

        var wide = new byte[64];
        var nonceSeed = Hex.Decode("fd190cce74df356432b410bd64682309d6dedb27c76845daf388557cbac3ca34");
        using (var rng = transcript.BuildRng().RekeyWithWitnessBytes("signing"u8, nonceSeed).Finalize(new byte[32]))
        {
            rng.FillBytes(wide);
        }

        var r = new byte[32];
        Scalar25519.ReduceWide(wide, r);
        Hex.EncodeBare(r).ShouldBe("f94164e3428b58ce443e9e9a8dcb04fcb513da2afca5226ec6e3e698dc6fdf0a");
        (strobe.Position, strobe.PositionBegin).ShouldBe((4, 0));

        var rPoint = new byte[32];
        Ristretto255.MultiplyBase(r, rPoint);
        transcript.AppendMessage("sign:R"u8, rPoint);
        (strobe.Position, strobe.PositionBegin).ShouldBe((50, 17));

        var k = new byte[32];
        SchnorrkelTranscripts.ChallengeScalar(transcript, "sign:c"u8, k);
        Hex.EncodeBare(k).ShouldBe("8b322786be1b44e2b8c662f1979357530b6a03a80fa076c06e0fe9b29f4a2a0b");
        (strobe.Position, strobe.PositionBegin, strobe.CurrentFlags).ShouldBe((64, 0, (byte)7));
    }

    [Fact]
    public void Sign_SameFixedRandomness_IsDeterministic()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        var random = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        pair.Sign(Message, Sr25519Signature.SubstrateContext, random).ShouldBe(pair.Sign(Message, Sr25519Signature.SubstrateContext, random));
    }

    [Fact]
    public void Sign_FreshRandomness_DiffersEachTimeAndVerifies()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        var a = pair.Sign(Message);
        var b = pair.Sign(Message);
        a.ShouldNotBe(b);
        Sr25519Signature.Verify(pair.PublicKey, Message, a).ShouldBeTrue();
        Sr25519Signature.Verify(pair.PublicKey, Message, b).ShouldBeTrue();
    }

    [Fact]
    public void Sign_Always_SetsMarkerBitAndCanonicalS()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        for (var i = 0; i < 16; i++)
        {
            var signature = pair.Sign(Message);
            (signature[63] & 0x80).ShouldBe(0x80);
            var s = signature[32..];
            s[31] &= 0x7f;
            Scalar25519.IsCanonical(s).ShouldBeTrue();
        }
    }

    [Fact]
    public void Sign_OtherContext_VerifiesOnlyInThatContext()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        var signature = pair.Sign(Message, "my app"u8);
        Sr25519Signature.Verify(pair.PublicKey, Message, signature, "my app"u8).ShouldBeTrue();
        Sr25519Signature.Verify(pair.PublicKey, Message, signature).ShouldBeFalse();
    }

    [Fact]
    public void Sign_EmptyMessage_Verifies()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        Sr25519Signature.Verify(pair.PublicKey, [], pair.Sign([])).ShouldBeTrue();
    }

    [Fact]
    public void Sign_RandomnessNot32Bytes_Throws()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        Should.Throw<ArgumentException>(() => pair.Sign(Message, Sr25519Signature.SubstrateContext, new byte[16]));
    }
}
