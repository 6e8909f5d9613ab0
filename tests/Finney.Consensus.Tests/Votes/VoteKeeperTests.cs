using Finney.Consensus.Messages;
using Finney.Consensus.Votes;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Tests.Votes;

public class VoteKeeperTests
{
    private static readonly Ed25519Keypair[] Keys = TestValidators.Keys(4);
    private static readonly BlockHash V = TestValidators.Value(1);
    private static readonly BlockHash W = TestValidators.Value(2);
    private readonly VoteKeeper _keeper = new(TestValidators.Set(Keys), height: 8);

    [Fact]
    public void HasQuorumFor_NeedsThreeOfFourDistinctValidators()
    {
        Add(VoteType.Prevote, 0, 0, V);
        Add(VoteType.Prevote, 0, 1, V);
        _keeper.HasQuorumFor(0, VoteType.Prevote, V).ShouldBeFalse();

        Add(VoteType.Prevote, 0, 2, V);

        _keeper.HasQuorumFor(0, VoteType.Prevote, V).ShouldBeTrue();
        _keeper.HasQuorumFor(0, VoteType.Precommit, V).ShouldBeFalse("types are counted apart");
        _keeper.HasQuorumFor(1, VoteType.Prevote, V).ShouldBeFalse("rounds are counted apart");
        _keeper.ValuesWithQuorum(0, VoteType.Prevote).ShouldBe([V]);
    }

    [Fact]
    public void HasQuorumOfAny_CountsMixedValuesAndNil_ButNoValueHasAQuorum()
    {
        Add(VoteType.Precommit, 2, 0, V);
        Add(VoteType.Precommit, 2, 1, W);
        Add(VoteType.Precommit, 2, 2, null);

        _keeper.HasQuorumOfAny(2, VoteType.Precommit).ShouldBeTrue();
        _keeper.HasQuorumForNil(2, VoteType.Precommit).ShouldBeFalse();
        _keeper.ValuesWithQuorum(2, VoteType.Precommit).ShouldBeEmpty();
    }

    [Fact]
    public void HasQuorumForNil_ThreeNilPrevotes()
    {
        foreach (var validator in new[] { 0, 2, 3 })
        {
            Add(VoteType.Prevote, 1, validator, null);
        }

        _keeper.HasQuorumForNil(1, VoteType.Prevote).ShouldBeTrue();
    }

    [Fact]
    public void SameVoteTwice_IsADuplicate_CountedOnce()
    {
        var vote = Sign(VoteType.Prevote, 0, 1, V);

        _keeper.Add(vote).Outcome.ShouldBe(AddVoteOutcome.Added);
        _keeper.Add(vote).Outcome.ShouldBe(AddVoteOutcome.Duplicate);
        _keeper.Contains(vote).ShouldBeTrue();
        _keeper.VotesOf(0, VoteType.Prevote).Count().ShouldBe(1);
    }

    [Fact]
    public void TwoDifferentVotesFromOneValidator_AreEvidence_AndEachCountsForItsValue()
    {
        var first = Sign(VoteType.Precommit, 0, 3, V);
        var second = Sign(VoteType.Precommit, 0, 3, W);
        _keeper.Add(first);

        var (outcome, evidence) = _keeper.Add(second);

        outcome.ShouldBe(AddVoteOutcome.Equivocation);
        evidence.ShouldBe(new Equivocation.DuplicateVote(first, second));
        evidence!.ValidatorIndex.ShouldBe(3);
        _keeper.Evidence.ShouldHaveSingleItem();
        _keeper.Add(second).Outcome.ShouldBe(AddVoteOutcome.Duplicate, "re-gossiped evidence is not reported twice");

        Add(VoteType.Precommit, 0, 0, W);
        Add(VoteType.Precommit, 0, 1, W);
        _keeper.HasQuorumFor(0, VoteType.Precommit, W).ShouldBeTrue("the equivocator's second vote completes W's quorum");
        _keeper.HasQuorumOfAny(0, VoteType.Precommit).ShouldBeTrue();
    }

    [Fact]
    public void HasSkipQuorum_TwoDistinctValidatorsInARound()
    {
        Add(VoteType.Prevote, 5, 1, V);
        Add(VoteType.Precommit, 5, 1, V);
        _keeper.HasSkipQuorum(5).ShouldBeFalse("one validator's two votes are one sender");

        Add(VoteType.Precommit, 5, 2, null);

        _keeper.HasSkipQuorum(5).ShouldBeTrue();
    }

    [Fact]
    public void Add_OtherHeight_Throws()
    {
        var vote = TestValidators.SignVote(Keys[0], new Vote(VoteType.Prevote, 9, 0, V, 0));

        Should.Throw<ArgumentException>(() => _keeper.Add(vote));
    }

    private void Add(VoteType type, int round, int validator, BlockHash? value) =>
        _keeper.Add(Sign(type, round, validator, value)).Outcome.ShouldBe(AddVoteOutcome.Added);

    private static SignedVote Sign(VoteType type, int round, int validator, BlockHash? value) =>
        TestValidators.SignVote(Keys[validator], new Vote(type, 8, round, value, validator));
}
