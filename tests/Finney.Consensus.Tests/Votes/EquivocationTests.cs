using Finney.Consensus.Messages;
using Finney.Consensus.Votes;
using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Scale;

namespace Finney.Consensus.Tests.Votes;

public class EquivocationTests
{
    private static readonly Ed25519Keypair[] Keys = TestValidators.Keys(4);
    private static readonly ValidatorSet Validators = TestValidators.Set(Keys);

    [Fact]
    public void DuplicateVote_RoundTripsAndIsProof()
    {
        var evidence = new Equivocation.DuplicateVote(Vote(2, TestValidators.Value(1)), Vote(2, null));

        var decoded = EquivocationCodec.Decode(EquivocationCodec.Encode(evidence)).ShouldBeOfType<Equivocation.DuplicateVote>();

        decoded.First.IsSameAs(evidence.First).ShouldBeTrue();
        decoded.Second.IsSameAs(evidence.Second).ShouldBeTrue();
        EquivocationVerifier.IsProof(decoded, Validators).ShouldBeTrue();
    }

    [Fact]
    public void DuplicateProposal_RoundTripsAndIsProof()
    {
        var first = TestValidators.SignProposal(Keys[1], new Proposal(5, 0, TestValidators.Value(1), -1, 1));
        var second = TestValidators.SignProposal(Keys[1], new Proposal(5, 0, TestValidators.Value(2), -1, 1));

        var decoded = EquivocationCodec.Decode(EquivocationCodec.Encode(new Equivocation.DuplicateProposal(first, second)));

        EquivocationVerifier.IsProof(decoded, Validators).ShouldBeTrue();
    }

    [Fact]
    public void IsProof_SameVoteTwice_IsNotEquivocation()
    {
        var vote = Vote(2, TestValidators.Value(1));

        EquivocationVerifier.IsProof(new Equivocation.DuplicateVote(vote, vote), Validators).ShouldBeFalse();
    }

    [Fact]
    public void IsProof_VotesOfDifferentRoundsOrSigners_AreNotEquivocation()
    {
        var otherRound = TestValidators.SignVote(Keys[2], new Vote(VoteType.Prevote, 5, 1, null, 2));
        var framed = new SignedVote(new Vote(VoteType.Prevote, 5, 0, null, 2), Keys[3].Sign(new Vote(VoteType.Prevote, 5, 0, null, 2).SignBytes(0)));

        EquivocationVerifier.IsProof(new Equivocation.DuplicateVote(Vote(2, TestValidators.Value(1)), otherRound), Validators).ShouldBeFalse();
        EquivocationVerifier.IsProof(new Equivocation.DuplicateVote(Vote(2, TestValidators.Value(1)), framed), Validators)
            .ShouldBeFalse("a vote validator 2 never signed cannot frame it");
    }

    [Fact]
    public void Decode_UnknownKind_Throws()
    {
        Should.Throw<ScaleFormatException>(() => EquivocationCodec.Decode([7]));
    }

    private static SignedVote Vote(int validator, BlockHash? value) =>
        TestValidators.SignVote(Keys[validator], new Vote(VoteType.Prevote, 5, 0, value, validator));
}
