using Finney.Consensus.Machine;
using Finney.Consensus.Messages;

namespace Finney.Consensus.Tests.Machine;

// One test (or a few) per rule of Algorithm 1; validator 0 is "us", height 4 so round r's proposer is (4 + r) % 4.
public class TendermintMachineTests
{
    private const uint Height = 4;
    private static readonly ValidatorSet Validators = TestValidators.Set(TestValidators.Keys(4));
    private static readonly BlockHash V = TestValidators.Value(1);
    private static readonly BlockHash W = TestValidators.Value(2);
    private readonly TendermintMachine _machine = new(Validators, selfIndex: 0);

    [Fact]
    public void StartRound_AsProposerWithoutValidValue_RequestsValueAndArmsProposeTimeout()
    {
        var step = _machine.Apply(RoundState.Initial(Height), new MachineInput.StartRound(0));

        step.State.Round.ShouldBe(0);
        step.State.Step.ShouldBe(RoundStep.Propose);
        step.Outputs.ShouldBe([new MachineOutput.RequestValue(Height, 0), new MachineOutput.ScheduleTimeout(TimeoutKind.Propose, Height, 0)]);
    }

    [Fact]
    public void StartRound_AsProposerWithValidValue_ReproposesItWithItsRound()
    {
        var state = RoundState.Initial(Height) with { Round = 3, ValidValue = V, ValidRound = 2 };

        var step = _machine.Apply(state, new MachineInput.StartRound(4));

        step.Outputs.ShouldBe([new MachineOutput.Propose(Height, 4, V, 2)]);
    }

    [Fact]
    public void StartRound_NotProposer_ArmsProposeTimeoutOnly()
    {
        var step = _machine.Apply(RoundState.Initial(Height), new MachineInput.StartRound(1));

        step.Outputs.ShouldBe([new MachineOutput.ScheduleTimeout(TimeoutKind.Propose, Height, 1)]);
    }

    [Fact]
    public void ValueToPropose_InOwnProposeStep_Proposes_OtherwiseIgnored()
    {
        var started = _machine.Apply(RoundState.Initial(Height), new MachineInput.StartRound(0)).State;

        var proposed = _machine.Apply(started, new MachineInput.ValueToPropose(0, V));
        proposed.Outputs.ShouldBe([new MachineOutput.Propose(Height, 0, V, -1)]);
        _machine.Apply(proposed.State, new MachineInput.ValueToPropose(0, W)).Fired.ShouldBeFalse("one proposal per round");
        _machine.Apply(started, new MachineInput.ValueToPropose(1, V)).Fired.ShouldBeFalse("stale round");
        _machine.Apply(started with { Step = RoundStep.Prevote }, new MachineInput.ValueToPropose(0, V)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line22_ValidProposal_NotLocked_PrevotesIt()
    {
        var step = _machine.Apply(InRound(1), new MachineInput.Proposal(ProposalFor(1, V), IsValid: true));

        step.State.Step.ShouldBe(RoundStep.Prevote);
        step.Outputs.ShouldBe([Vote(VoteType.Prevote, 1, V)]);
    }

    [Fact]
    public void Line22_InvalidProposal_PrevotesNil()
    {
        var step = _machine.Apply(InRound(1), new MachineInput.Proposal(ProposalFor(1, V), IsValid: false));

        step.Outputs.ShouldBe([Vote(VoteType.Prevote, 1, null)]);
    }

    [Fact]
    public void Line22_LockedOnAnotherValue_PrevotesNil_LockedOnSame_PrevotesIt()
    {
        var lockedOnW = InRound(1) with { LockedValue = W, LockedRound = 0 };
        var lockedOnV = InRound(1) with { LockedValue = V, LockedRound = 0 };

        _machine.Apply(lockedOnW, new MachineInput.Proposal(ProposalFor(1, V), true)).Outputs.ShouldBe([Vote(VoteType.Prevote, 1, null)]);
        _machine.Apply(lockedOnV, new MachineInput.Proposal(ProposalFor(1, V), true)).Outputs.ShouldBe([Vote(VoteType.Prevote, 1, V)]);
    }

    [Fact]
    public void Line22_ProposalWithPolRound_IsNotThisRule()
    {
        _machine.Apply(InRound(2), new MachineInput.Proposal(ProposalFor(2, V, polRound: 1), true)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line28_ReproposalWithPolkaAtOrAfterOurLock_PrevotesIt()
    {
        var locked = InRound(3) with { LockedValue = W, LockedRound = 1 };

        var step = _machine.Apply(locked, new MachineInput.ProposalWithPolkaInPolRound(ProposalFor(3, V, polRound: 2), true));

        step.Outputs.ShouldBe([Vote(VoteType.Prevote, 3, V)]);
    }

    [Fact]
    public void Line28_ReproposalWithPolkaBeforeOurLock_PrevotesNil()
    {
        var locked = InRound(3) with { LockedValue = W, LockedRound = 2 };

        var step = _machine.Apply(locked, new MachineInput.ProposalWithPolkaInPolRound(ProposalFor(3, V, polRound: 1), true));

        step.Outputs.ShouldBe([Vote(VoteType.Prevote, 3, null)]);
    }

    [Fact]
    public void Line28_PolRoundNotBelowCurrentRound_Ignored()
    {
        _machine.Apply(InRound(2), new MachineInput.ProposalWithPolkaInPolRound(ProposalFor(2, V, polRound: 2), true)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line34_PolkaAnyInPrevoteStep_ArmsPrevoteTimeoutOnce()
    {
        var prevoted = InRound(1) with { Step = RoundStep.Prevote };

        var first = _machine.Apply(prevoted, new MachineInput.PolkaAny(1));
        var second = _machine.Apply(first.State, new MachineInput.PolkaAny(1));

        first.Outputs.ShouldBe([new MachineOutput.ScheduleTimeout(TimeoutKind.Prevote, Height, 1)]);
        second.Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line36_PolkaForProposalInPrevoteStep_LocksAndPrecommits()
    {
        var prevoted = InRound(1) with { Step = RoundStep.Prevote };

        var step = _machine.Apply(prevoted, new MachineInput.ProposalWithPolka(ProposalFor(1, V)));

        step.State.ShouldBe(prevoted with
        {
            Step = RoundStep.Precommit,
            LockedValue = V,
            LockedRound = 1,
            ValidValue = V,
            ValidRound = 1,
            Flags = RoundFlags.PolkaForProposalSeen,
        });
        step.Outputs.ShouldBe([Vote(VoteType.Precommit, 1, V)]);
    }

    [Fact]
    public void Line36_PolkaForProposalAfterPrecommitting_OnlyUpdatesValidValue()
    {
        var precommitted = InRound(1) with { Step = RoundStep.Precommit };

        var step = _machine.Apply(precommitted, new MachineInput.ProposalWithPolka(ProposalFor(1, V)));

        step.Outputs.ShouldBeEmpty();
        step.State.LockedRound.ShouldBe(-1);
        step.State.ValidValue.ShouldBe(V);
        step.State.ValidRound.ShouldBe(1);
        _machine.Apply(step.State, new MachineInput.ProposalWithPolka(ProposalFor(1, V))).Fired.ShouldBeFalse("fires once per round");
    }

    [Fact]
    public void Line36_InProposeStep_Waits()
    {
        _machine.Apply(InRound(1), new MachineInput.ProposalWithPolka(ProposalFor(1, V))).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line44_NilPolkaInPrevoteStep_PrecommitsNil()
    {
        var step = _machine.Apply(InRound(1) with { Step = RoundStep.Prevote }, new MachineInput.PolkaNil(1));

        step.State.Step.ShouldBe(RoundStep.Precommit);
        step.Outputs.ShouldBe([Vote(VoteType.Precommit, 1, null)]);
    }

    [Fact]
    public void Line47_PrecommitAny_ArmsPrecommitTimeoutOnceInAnyStep()
    {
        var first = _machine.Apply(InRound(1), new MachineInput.PrecommitAny(1));

        first.Outputs.ShouldBe([new MachineOutput.ScheduleTimeout(TimeoutKind.Precommit, Height, 1)]);
        _machine.Apply(first.State, new MachineInput.PrecommitAny(1)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line49_ProposalWithPrecommitsOfAnyRound_Decides_ThenIgnoresEverything()
    {
        var step = _machine.Apply(InRound(3), new MachineInput.ProposalWithPrecommits(ProposalFor(1, V)));

        step.State.Step.ShouldBe(RoundStep.Commit);
        step.State.Decision.ShouldBe(V);
        step.Outputs.ShouldBe([new MachineOutput.Decide(Height, 1, V)]);
        _machine.Apply(step.State, new MachineInput.Timeout(TimeoutKind.Precommit, 3)).Fired.ShouldBeFalse();
        _machine.Apply(step.State, new MachineInput.SkipRound(9)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line55_SkipRound_OnlyForward()
    {
        _machine.Apply(InRound(2), new MachineInput.SkipRound(5)).State.Round.ShouldBe(5);
        _machine.Apply(InRound(2), new MachineInput.SkipRound(2)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line57_ProposeTimeout_PrevotesNil_OnlyInProposeStepOfThatRound()
    {
        _machine.Apply(InRound(1), new MachineInput.Timeout(TimeoutKind.Propose, 1)).Outputs.ShouldBe([Vote(VoteType.Prevote, 1, null)]);
        _machine.Apply(InRound(1), new MachineInput.Timeout(TimeoutKind.Propose, 0)).Fired.ShouldBeFalse();
        _machine.Apply(InRound(1) with { Step = RoundStep.Prevote }, new MachineInput.Timeout(TimeoutKind.Propose, 1)).Fired.ShouldBeFalse();
    }

    [Fact]
    public void Line61_PrevoteTimeout_PrecommitsNil()
    {
        var step = _machine.Apply(InRound(1) with { Step = RoundStep.Prevote }, new MachineInput.Timeout(TimeoutKind.Prevote, 1));

        step.Outputs.ShouldBe([Vote(VoteType.Precommit, 1, null)]);
    }

    [Fact]
    public void Line65_PrecommitTimeout_StartsNextRound_KeepingLockAndValidValue()
    {
        var state = InRound(1) with { Step = RoundStep.Precommit, LockedValue = V, LockedRound = 1, ValidValue = V, ValidRound = 1, Flags = RoundFlags.PrecommitTimeoutScheduled };

        var step = _machine.Apply(state, new MachineInput.Timeout(TimeoutKind.Precommit, 1));

        step.State.ShouldBe(state with { Round = 2, Step = RoundStep.Propose, Flags = RoundFlags.None });
        step.Outputs.ShouldBe([new MachineOutput.ScheduleTimeout(TimeoutKind.Propose, Height, 2)]);
    }

    private static RoundState InRound(int round) => RoundState.Initial(Height) with { Round = round };

    private static Proposal ProposalFor(int round, BlockHash value, int polRound = -1) =>
        new(Height, round, value, polRound, Validators.ProposerIndex(Height, round));

    private static MachineOutput.CastVote Vote(VoteType type, int round, BlockHash? value) => new(type, Height, round, value);
}
