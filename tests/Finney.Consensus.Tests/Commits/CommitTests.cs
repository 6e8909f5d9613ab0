using Finney.Consensus.Commits;
using Finney.Consensus.Messages;
using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Scale;

namespace Finney.Consensus.Tests.Commits;

public class CommitTests
{
    private static readonly Ed25519Keypair[] Keys = TestValidators.Keys(4);
    private static readonly ValidatorSet Validators = TestValidators.Set(Keys, setId: 5);
    private static readonly BlockHash V = TestValidators.Value(1);

    [Fact]
    public void Verify_ThreeOfFourSigned_IsValid()
    {
        CommitVerifier.Verify(CommitSignedBy(0, 1, 3), Validators).ShouldBe(CommitVerification.Valid);
    }

    [Fact]
    public void Verify_TwoOfFour_HasNoQuorum()
    {
        CommitVerifier.Verify(CommitSignedBy(0, 1), Validators).ShouldBe(CommitVerification.NoQuorum);
    }

    [Fact]
    public void Verify_RepeatedSigner_IsRejected()
    {
        CommitVerifier.Verify(CommitSignedBy(0, 1, 1), Validators).ShouldBe(CommitVerification.DuplicateValidator);
    }

    [Fact]
    public void Verify_OutsiderSignature_IsRejected()
    {
        var outsider = TestValidators.Key(9);
        var commit = CommitSignedBy(0, 1);
        var forged = commit with { Precommits = [.. commit.Precommits, new CommitSignature(outsider.PublicKey.ToArray(), outsider.Sign(commit.PrecommitSignBytes()))] };

        CommitVerifier.Verify(forged, Validators).ShouldBe(CommitVerification.UnknownValidator);
    }

    [Fact]
    public void Verify_SignatureOverAnotherBlock_IsRejected()
    {
        var commit = CommitSignedBy(0, 1, 2);

        CommitVerifier.Verify(commit with { Value = TestValidators.Value(2) }, Validators).ShouldBe(CommitVerification.BadSignature);
        CommitVerifier.Verify(commit with { Round = 1 }, Validators).ShouldBe(CommitVerification.BadSignature);
    }

    [Fact]
    public void Verify_OtherSetId_IsRejected()
    {
        CommitVerifier.Verify(CommitSignedBy(0, 1, 2), TestValidators.Set(Keys, setId: 6)).ShouldBe(CommitVerification.WrongSetId);
    }

    [Fact]
    public void Justification_RoundTrips_WithGrandpaLayout()
    {
        var commit = CommitSignedBy(2, 0, 3);

        var bytes = GrandpaJustificationCodec.Encode(commit);
        var decoded = GrandpaJustificationCodec.Decode(bytes, setId: 5);

        bytes.Length.ShouldBe(8 + 32 + 4 + 1 + (3 * (32 + 4 + 64 + 32)) + 1);
        BitConverter.ToUInt64(bytes, 0).ShouldBe(commit.GrandpaRound);
        decoded.Height.ShouldBe(commit.Height);
        decoded.Round.ShouldBe(commit.Round);
        decoded.Value.ShouldBe(commit.Value);
        decoded.Precommits.Select(p => Convert.ToHexString(p.PublicKey) + Convert.ToHexString(p.Signature))
            .ShouldBe(commit.Precommits.Select(p => Convert.ToHexString(p.PublicKey) + Convert.ToHexString(p.Signature)));
        CommitVerifier.Verify(decoded, Validators).ShouldBe(CommitVerification.Valid);
    }

    [Fact]
    public void Decode_TrailingBytesOrVoteAncestries_Throw()
    {
        var bytes = GrandpaJustificationCodec.Encode(CommitSignedBy(0, 1, 2));

        Should.Throw<ScaleFormatException>(() => GrandpaJustificationCodec.Decode([.. bytes, 0], 5));
        var withAncestry = bytes.ToArray();
        withAncestry[^1] = 4;
        Should.Throw<ScaleFormatException>(() => GrandpaJustificationCodec.Decode(withAncestry, 5));
    }

    private static Commit CommitSignedBy(params int[] validators)
    {
        var unsigned = new Commit(77, 2, V, 5, []);
        var payload = unsigned.PrecommitSignBytes();
        return unsigned with
        {
            Precommits = validators.Select(v => new CommitSignature(Keys[v].PublicKey.ToArray(), Keys[v].Sign(payload))).ToList(),
        };
    }
}
