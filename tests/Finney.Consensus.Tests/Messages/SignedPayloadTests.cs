using Finney.Consensus.Messages;
using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Encoding;

namespace Finney.Consensus.Tests.Messages;

public class SignedPayloadTests
{
    [Fact]
    public void ForVote_IsGrandpasLocalizedPayload()
    {
        var target = new BlockHash(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

        var payload = SignedPayload.ForVote(VoteType.Precommit, target, height: 0x01020304, round: 5, setId: 7);

        Hex.Encode(payload).ShouldBe(
            "0x01" + Hex.EncodeBare(target.Bytes) + "04030201" + "0500000004030201" + "0700000000000000");
        payload.Length.ShouldBe(SignedPayload.VoteLength);
    }

    // A real GRANDPA commit (round 3669, set id 3490, block 5,105,457) from smoldot's decoder tests: seven
    // authorities' ed25519 signatures. If our payload layout differed from Substrate's by one byte, none would verify.
    [Theory]
    [InlineData("bdb9d821a30cc968a2ff0bf19c5af4cdfb2c2d8b8175b255814e3aff4ce8c755ec1ee3573222161bf10621893705be247a3d70336322772eb99cbc858c67210a", "2d9aad0c1e0c195fc3c6eb621df82c7949cb8433c48a412a0331a9b68192f2c1")]
    [InlineData("e4d91a09e9ef1ed5670a211b2c0db2ecd8a7be097b978f01c73a4d797ad71613eebed8083e06d825c57c8d33c4cdcdc11856f63c108b42335da89f934d5a5b08", "400efc774dd38d171273de0302162a6955b047e8e68d0c097ccdc2bf5a2fcae9")]
    [InlineData("daa150370886dfca04892d0a475aa2fc6313fc11af054bd0510060da0559fab7a1bce33e6b223f9b1cb08dae71a2e59437274124619fc6eede224cbb28136d01", "4392284bc2d050d0ddaf97efef7f4127ed9182249a8744693466313e8922bb9f")]
    [InlineData("379d58c33174480b2584b04a453c9d43249ca547a456dcf0f10d287d4f931b38fec6e76cbbd6bb62e57b74a07ec06284f7ce46e4af98d9fc046d62185a75b80b", "6b20bad99b2cfdc678afaae5427a8d9e4b446c68b6df5b7ed226548f0a8ee14d")]
    [InlineData("a90cd7de9e55046fc42f38935d01caf789731e7f5ebf1fdfa21049db763428ffbfb74684735bd6bf9cbdcbd098a573407bd199502c868fbc8ca8a286b2c07a0a", "8929857f48df1041aa7235adb43bd0be36607bc789d673f04957fd89512442af")]
    [InlineData("4c2834d86eeadb9ed08e55a82ba4139a157dae99a52d366424c42e5f40c0b29c107005edcf71847d9422846994d894b6214ad7a1fc2c18434d57065e6d26400a", "c31cc2a9af0762d29704dd88a1ccabfb653f15f554bd4d3b4b882c11d977cebf")]
    [InlineData("bf897f5137d0e121d13b5379eaa0bf26520166b28c3a1483ce25946a87954a391b54d7002f4401088bb77da904a5a856dab25f9db9402dd3dd97cdf04585c80f", "d5aaa27f5de02456742c2a16ff90c123af913eb8438fc7fd2573179ad58d7a69")]
    public void ForGrandpaMessage_RealPrecommitSignature_Verifies(string signature, string publicKey)
    {
        var target = new BlockHash(Hex.Decode("b64473230fc998c30cb53bf4e77c22f862fd04b49e46a1544c7697446568bb52"));

        var payload = SignedPayload.ForGrandpaMessage((byte)VoteType.Precommit, target, 5_105_457, grandpaRound: 3669, setId: 3490);

        Ed25519Keypair.Verify(Hex.Decode(publicKey), payload, Hex.Decode(signature)).ShouldBeTrue();
        Ed25519Keypair.Verify(Hex.Decode(publicKey), SignedPayload.ForGrandpaMessage(0, target, 5_105_457, 3669, 3490), Hex.Decode(signature))
            .ShouldBeFalse("the same signature must not pass as a prevote");
    }

    [Fact]
    public void GrandpaRound_IsUniquePerHeightAndRound_AndIncreasing()
    {
        SignedPayload.GrandpaRound(1, 0).ShouldBe(1UL << 32);
        SignedPayload.GrandpaRound(1, 7).ShouldBeLessThan(SignedPayload.GrandpaRound(2, 0));
        SignedPayload.GrandpaRound(2, 3).ShouldNotBe(SignedPayload.GrandpaRound(3, 2));
    }

    [Fact]
    public void ForProposal_CanNeverEqualAVotePayload()
    {
        var value = TestValidators.Value(1);

        var proposal = SignedPayload.ForProposal(value, 3, 1, -1, 0);
        var withLock = SignedPayload.ForProposal(value, 3, 1, 0, 0);

        proposal[0].ShouldBe((byte)2);
        proposal.Length.ShouldBe(SignedPayload.VoteLength + 1);
        withLock.Length.ShouldBe(SignedPayload.VoteLength + 5);
        withLock.ShouldNotBe(proposal, "the proof-of-lock round is signed");
    }

    [Fact]
    public void NilVote_TargetsTheZeroHash()
    {
        var nil = new Vote(VoteType.Prevote, 4, 0, null, 1);

        nil.SignBytes(0).ShouldBe(SignedPayload.ForVote(VoteType.Prevote, BlockHash.Zero, 4, 0, 0));
        BlockHash.Zero.Bytes.ToArray().ShouldAllBe(b => b == 0);
    }
}
