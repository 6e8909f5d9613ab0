using Finney.Consensus.Driver;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Signing;
using Finney.Consensus.Wal;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Tests.Driver;

public class ConsensusParticipantTests
{
    private static readonly Ed25519Keypair[] Keys = TestValidators.Keys(4);
    private static readonly ValidatorSet Validators = TestValidators.Set(Keys);
    private readonly InMemoryConsensusWal _wal = new();
    private readonly InMemoryLastSignedStore _lastSigned = new();

    [Fact]
    public void Recover_AfterAPrevote_ReplaysToTheSameState_AndResendsTheIdenticalVote()
    {
        var participant = New();
        participant.Handle(new ConsensusInput.StartHeight(1, Validators));
        var proposal = TestValidators.SignProposal(Keys[1], new Proposal(1, 0, TestValidators.Value(1), -1, 1));
        var sent = participant.Handle(new ConsensusInput.ReceiveProposal(proposal, true)).OfType<ConsensusEffect.BroadcastVote>().Single();
        var before = participant.Driver.State;
        _wal.LoseUnflushed();

        var restarted = New();
        var resent = restarted.Recover(new ConsensusInput.StartHeight(1, Validators));

        restarted.Driver.State.ShouldBe(before);
        resent.OfType<ConsensusEffect.BroadcastVote>().Single().Vote.IsSameAs(sent.Vote).ShouldBeTrue();
        resent.OfType<ConsensusEffect.SigningRefused>().ShouldBeEmpty();
    }

    [Fact]
    public void Recover_FromFiles_AfterTheProcessWentAway_ReplaysTheHeight()
    {
        var directory = Directory.CreateTempSubdirectory("finney-participant-");
        try
        {
            var walPath = Path.Combine(directory.FullName, "consensus.wal");
            var lastSignedPath = Path.Combine(directory.FullName, "last_signed");
            RoundState before;
            using (var wal = new FileConsensusWal(walPath))
            {
                var participant = new ConsensusParticipant(wal, Keys[0], new FileLastSignedStore(lastSignedPath), new ConsensusTimeouts());
                participant.Handle(new ConsensusInput.StartHeight(1, Validators));
                participant.Handle(new ConsensusInput.ReceiveProposal(TestValidators.SignProposal(Keys[1], new Proposal(1, 0, TestValidators.Value(1), -1, 1)), true));
                foreach (var validator in new[] { 1, 2 })
                {
                    participant.Handle(new ConsensusInput.ReceiveVote(TestValidators.SignVote(Keys[validator], new Vote(VoteType.Prevote, 1, 0, TestValidators.Value(1), validator))));
                }

                before = participant.Driver.State;
            }

            using var reopened = new FileConsensusWal(walPath);
            var restarted = new ConsensusParticipant(reopened, Keys[0], new FileLastSignedStore(lastSignedPath), new ConsensusTimeouts());
            var effects = restarted.Recover(new ConsensusInput.StartHeight(1, Validators));

            before.LockedValue.ShouldBe(TestValidators.Value(1), "three prevotes: a polka, so we locked and precommitted");
            restarted.Driver.State.ShouldBe(before);
            effects.OfType<ConsensusEffect.BroadcastVote>().Select(v => v.Vote.Vote.Type).ShouldBe([VoteType.Prevote, VoteType.Precommit]);
            effects.OfType<ConsensusEffect.SigningRefused>().ShouldBeEmpty();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Recover_WalOfAnOlderHeight_StartsTheNewHeightFresh()
    {
        New().Handle(new ConsensusInput.StartHeight(1, Validators));

        var restarted = New();
        restarted.Recover(new ConsensusInput.StartHeight(2, Validators));

        restarted.Height.ShouldBe(2u);
        _wal.ReadDurable().ShouldHaveSingleItem().ShouldBeOfType<ConsensusInput.StartHeight>().Height.ShouldBe(2u);
    }

    [Fact]
    public void Recover_WithoutTheWal_NeverSignsAConflictingVote()
    {
        var participant = New();
        participant.Handle(new ConsensusInput.StartHeight(1, Validators));
        participant.Handle(new ConsensusInput.ReceiveProposal(TestValidators.SignProposal(Keys[1], new Proposal(1, 0, TestValidators.Value(1), -1, 1)), true));

        var amnesiac = new ConsensusParticipant(new InMemoryConsensusWal(), Keys[0], _lastSigned, new ConsensusTimeouts());
        amnesiac.Recover(new ConsensusInput.StartHeight(1, Validators));
        var effects = amnesiac.Handle(new ConsensusInput.TimeoutElapsed(TimeoutKind.Propose, 1, 0));

        effects.OfType<ConsensusEffect.BroadcastVote>().ShouldBeEmpty("a nil prevote would contradict the prevote already signed");
        effects.ShouldContain(new ConsensusEffect.SigningRefused(1, 0, SignStep.Prevote, SigningRefusal.ConflictingPayload));
    }

    [Fact]
    public void Handle_MessagesOfTheNextHeight_WaitUntilItStarts()
    {
        var participant = New();
        participant.Handle(new ConsensusInput.StartHeight(1, Validators));
        var early = TestValidators.SignVote(Keys[2], new Vote(VoteType.Prevote, 2, 0, TestValidators.Value(3), 2));

        participant.Handle(new ConsensusInput.ReceiveVote(early)).ShouldBeEmpty();
        participant.Handle(new ConsensusInput.StartHeight(2, Validators));

        participant.Driver.GossipMessages().Votes.ShouldContain(v => v.IsSameAs(early));
    }

    [Fact]
    public void Handle_RepeatedGossip_IsLoggedOnce()
    {
        var participant = New();
        participant.Handle(new ConsensusInput.StartHeight(1, Validators));
        var vote = TestValidators.SignVote(Keys[2], new Vote(VoteType.Prevote, 1, 0, TestValidators.Value(3), 2));

        participant.Handle(new ConsensusInput.ReceiveVote(vote));
        participant.Handle(new ConsensusInput.ReceiveVote(vote));
        _wal.Flush();

        _wal.DurableCount.ShouldBe(2);
    }

    private ConsensusParticipant New() => new(_wal, Keys[0], _lastSigned, new ConsensusTimeouts());
}
