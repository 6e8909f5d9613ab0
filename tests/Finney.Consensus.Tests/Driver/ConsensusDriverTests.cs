using Finney.Consensus.Commits;
using Finney.Consensus.Driver;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Signing;
using Finney.Consensus.Votes;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Tests.Driver;

public class ConsensusDriverTests
{
    private static readonly Ed25519Keypair[] Keys = TestValidators.Keys(4);
    private static readonly ValidatorSet Validators = TestValidators.Set(Keys);
    private static readonly ConsensusTimeouts Timeouts = new();

    [Fact]
    public void FourDrivers_DeliveringEverything_DecideTheProposersValueInRoundZero()
    {
        var drivers = Keys.Select(k => new ConsensusDriver(new ConsensusSigner(k, new InMemoryLastSignedStore()), Timeouts)).ToArray();
        var decided = RunHeight(drivers, height: 4, TestValidators.Value(9));

        decided.Count.ShouldBe(4);
        decided.Select(c => c.Value).Distinct().ShouldHaveSingleItem().ShouldBe(TestValidators.Value(9));
        decided.ShouldAllBe(c => c.Round == 0 && c.Height == 4);
        decided.ShouldAllBe(c => CommitVerifier.Verify(c, Validators) == CommitVerification.Valid);
    }

    [Fact]
    public void StartHeight_OfTheRoundZeroProposer_RequestsAValue_WithTheGrowingTimeout()
    {
        var driver = new ConsensusDriver(new ConsensusSigner(Keys[1], new InMemoryLastSignedStore()), Timeouts);

        var effects = driver.Handle(new ConsensusInput.StartHeight(5, Validators));

        effects.ShouldBe([new ConsensusEffect.RequestValue(5, 0), new ConsensusEffect.ScheduleTimeout(TimeoutKind.Propose, 5, 0, TimeSpan.FromSeconds(3))]);
        Timeouts.For(TimeoutKind.Prevote, 4).ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void ReceiveVote_BadSignatureOrOutsider_IsIgnored()
    {
        var driver = StartedObserver(height: 2);
        var vote = new Vote(VoteType.Prevote, 2, 0, TestValidators.Value(1), 1);

        driver.Handle(new ConsensusInput.ReceiveVote(new SignedVote(vote, Keys[2].Sign(vote.SignBytes(0))))).ShouldBeEmpty();
        driver.Handle(new ConsensusInput.ReceiveVote(TestValidators.SignVote(Keys[1], vote with { ValidatorIndex = 7 }))).ShouldBeEmpty();
        driver.IsNew(new ConsensusInput.ReceiveVote(TestValidators.SignVote(Keys[1], vote))).ShouldBeTrue("the forged one was not kept");
    }

    [Fact]
    public void ReceiveVote_MalformedIndexOrRound_IsIgnoredWithoutThrowing()
    {
        var driver = StartedObserver(height: 2);
        var outsider = TestValidators.SignVote(Keys[1], new Vote(VoteType.Prevote, 2, 0, null, 99));
        var negativeRound = new SignedVote(new Vote(VoteType.Prevote, 2, -1, null, 1), new byte[64]);
        var badProposal = new SignedProposal(new Proposal(2, -3, TestValidators.Value(1), -1, 1), new byte[64]);

        ConsensusInput[] inputs = [new ConsensusInput.ReceiveVote(outsider), new ConsensusInput.ReceiveVote(negativeRound), new ConsensusInput.ReceiveProposal(badProposal, true)];
        foreach (var input in inputs)
        {
            driver.IsNew(input).ShouldBeFalse();
            driver.Handle(input).ShouldBeEmpty();
        }
    }

    [Fact]
    public void ReceiveVote_ThirdFutureRoundOfOneValidator_IsIgnored_UntilWeCatchUp()
    {
        var driver = StartedObserver(height: 2);
        ConsensusInput VoteOf(int validator, int round) =>
            new ConsensusInput.ReceiveVote(TestValidators.SignVote(Keys[validator], new Vote(VoteType.Prevote, 2, round, null, validator)));

        driver.Handle(VoteOf(1, 5));
        driver.Handle(VoteOf(1, 6));

        driver.IsNew(VoteOf(1, 7)).ShouldBeFalse("validator 1 already fills two rounds above ours");
        driver.IsNew(VoteOf(2, 7)).ShouldBeTrue("the budget is per validator");
        driver.Handle(VoteOf(2, 6));
        driver.State.Round.ShouldBe(6, "f+1 validators in round 6: skip to it (line 55)");
        driver.IsNew(VoteOf(1, 7)).ShouldBeTrue();
    }

    [Fact]
    public void ReceiveProposal_FromAValidatorWhoIsNotTheProposer_IsIgnored()
    {
        var driver = StartedObserver(height: 2);
        var proposal = new Proposal(2, 0, TestValidators.Value(1), -1, 3);

        driver.Handle(new ConsensusInput.ReceiveProposal(TestValidators.SignProposal(Keys[3], proposal), true));

        driver.GossipMessages().Proposals.ShouldBeEmpty();
    }

    [Fact]
    public void ReceiveVote_Equivocation_IsReported()
    {
        var driver = StartedObserver(height: 2);
        var first = TestValidators.SignVote(Keys[3], new Vote(VoteType.Prevote, 2, 0, TestValidators.Value(1), 3));
        var second = TestValidators.SignVote(Keys[3], new Vote(VoteType.Prevote, 2, 0, null, 3));
        driver.Handle(new ConsensusInput.ReceiveVote(first));

        var effects = driver.Handle(new ConsensusInput.ReceiveVote(second));

        effects.ShouldContain(new ConsensusEffect.EquivocationDetected(new Equivocation.DuplicateVote(first, second)));
        driver.Evidence.ShouldHaveSingleItem();
    }

    [Fact]
    public void ReceiveProposal_TwoFromTheProposer_IsReported()
    {
        var driver = StartedObserver(height: 2);
        var a = TestValidators.SignProposal(Keys[2], new Proposal(2, 0, TestValidators.Value(1), -1, 2));
        var b = TestValidators.SignProposal(Keys[2], new Proposal(2, 0, TestValidators.Value(2), -1, 2));
        driver.Handle(new ConsensusInput.ReceiveProposal(a, true));

        driver.Handle(new ConsensusInput.ReceiveProposal(b, true))
            .ShouldContain(new ConsensusEffect.EquivocationDetected(new Equivocation.DuplicateProposal(a, b)));
    }

    [Fact]
    public void Observer_FollowsToADecision_WithoutSigning()
    {
        var validators = Keys.Select(k => new ConsensusDriver(new ConsensusSigner(k, new InMemoryLastSignedStore()), Timeouts));
        var observer = new ConsensusDriver(null, Timeouts);
        var decided = RunHeight([.. validators, observer], height: 3, TestValidators.Value(4));

        decided.Count.ShouldBe(5);
        observer.State.Decision.ShouldBe(TestValidators.Value(4));
        observer.GossipMessages().Votes.ShouldAllBe(v => v.Vote.Height == 3);
    }

    [Fact]
    public void ReceiveCommit_VerifiedCommitOfTheCurrentHeight_Decides()
    {
        var driver = StartedObserver(height: 6);
        var unsigned = new Commit(6, 2, TestValidators.Value(5), 0, []);
        var commit = unsigned with
        {
            Precommits = [.. Keys.Take(3).Select(k => new CommitSignature(k.PublicKey.ToArray(), k.Sign(unsigned.PrecommitSignBytes())))],
        };

        driver.Handle(new ConsensusInput.ReceiveCommit(commit with { Precommits = commit.Precommits.Take(2).ToList() })).ShouldBeEmpty();
        driver.Handle(new ConsensusInput.ReceiveCommit(commit)).ShouldBe([new ConsensusEffect.Decided(commit)]);
        driver.State.Step.ShouldBe(RoundStep.Commit);
    }

    private static ConsensusDriver StartedObserver(uint height)
    {
        var driver = new ConsensusDriver(null, Timeouts);
        driver.Handle(new ConsensusInput.StartHeight(height, Validators));
        return driver;
    }

    // Delivers every broadcast to every driver (including the sender) until quiet; answers value requests.
    private static List<Commit> RunHeight(ConsensusDriver[] drivers, uint height, BlockHash value)
    {
        var decided = new List<Commit>();
        var pending = new Queue<(int Driver, ConsensusInput Input)>();
        for (var i = 0; i < drivers.Length; i++)
        {
            pending.Enqueue((i, new ConsensusInput.StartHeight(height, Validators)));
        }

        while (pending.TryDequeue(out var next))
        {
            foreach (var effect in drivers[next.Driver].Handle(next.Input))
            {
                switch (effect)
                {
                    case ConsensusEffect.RequestValue request:
                        pending.Enqueue((next.Driver, new ConsensusInput.ValueReady(request.Height, request.Round, value)));
                        break;
                    case ConsensusEffect.BroadcastProposal proposal:
                        for (var i = 0; i < drivers.Length; i++)
                        {
                            pending.Enqueue((i, new ConsensusInput.ReceiveProposal(proposal.Proposal, true)));
                        }

                        break;
                    case ConsensusEffect.BroadcastVote vote:
                        for (var i = 0; i < drivers.Length; i++)
                        {
                            pending.Enqueue((i, new ConsensusInput.ReceiveVote(vote.Vote)));
                        }

                        break;
                    case ConsensusEffect.Decided decision:
                        decided.Add(decision.Commit);
                        break;
                }
            }
        }

        return decided;
    }
}
