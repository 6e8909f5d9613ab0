using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Tests.Simulation;
using FsCheck.Xunit;

namespace Finney.Consensus.Tests.Machine;

public class TendermintMachinePropertyTests
{
    private static readonly ValidatorSet Validators = TestValidators.Set(TestValidators.Keys(4));
    private static readonly BlockHash[] Values = [TestValidators.Value(1), TestValidators.Value(2), TestValidators.Value(3)];

    // Whatever inputs arrive, in whatever order: rounds never go back, steps never go back within a round,
    // locks and valid rounds only rise, a decision never changes, and the machine asks to sign at most one
    // prevote, one precommit and one proposal per round (the guard is a second line of defence, not the first).
    [Property(MaxTest = 300)]
    public void Apply_AnyInputSequence_NeverRegressesNorAsksToSignTwice(ulong seed, byte self)
    {
        var random = new SplitMix64(seed);
        var machine = new TendermintMachine(Validators, self % 4);
        var state = machine.Apply(RoundState.Initial(9), new MachineInput.StartRound(0)).State;
        var signed = new HashSet<(int Round, string Kind)>();
        for (var i = 0; i < 200; i++)
        {
            var input = RandomInput(random, state.Round);
            var step = machine.Apply(state, input);
            var next = step.State;
            var holds = next.Height == state.Height
                && next.Round >= state.Round
                && (next.Round != state.Round || next.Step >= state.Step)
                && next.LockedRound >= state.LockedRound
                && next.ValidRound >= state.ValidRound
                && (state.Decision is null || next.Decision == state.Decision)
                && step.Outputs.All(o => SignsOnce(o, signed));
            holds.ShouldBeTrue($"step {i}: {state} --{input}--> {next}, outputs {string.Join(", ", step.Outputs)}");
            state = next;
        }
    }

    private static bool SignsOnce(MachineOutput output, HashSet<(int Round, string Kind)> signed) => output switch
    {
        MachineOutput.CastVote vote => signed.Add((vote.Round, vote.Type.ToString())),
        MachineOutput.Propose propose => signed.Add((propose.Round, "proposal")),
        _ => true,
    };

    private static MachineInput RandomInput(SplitMix64 random, int current)
    {
        var round = Math.Max(0, current + random.Next(4) - 2);
        var value = Values[random.Next(Values.Length)];
        var proposal = new Proposal(9, round, value, random.Next(round + 2) - 1, Validators.ProposerIndex(9, round));
        return random.Next(12) switch
        {
            0 => new MachineInput.StartRound(round),
            1 => new MachineInput.ValueToPropose(round, value),
            2 => new MachineInput.Proposal(proposal with { PolRound = -1 }, random.Next(4) > 0),
            3 => new MachineInput.ProposalWithPolkaInPolRound(proposal, random.Next(4) > 0),
            4 => new MachineInput.PolkaAny(round),
            5 => new MachineInput.ProposalWithPolka(proposal),
            6 => new MachineInput.PolkaNil(round),
            7 => new MachineInput.PrecommitAny(round),
            8 => random.Next(8) == 0 ? new MachineInput.ProposalWithPrecommits(proposal) : new MachineInput.PolkaAny(round),
            9 => new MachineInput.SkipRound(round),
            _ => new MachineInput.Timeout((TimeoutKind)random.Next(3), round),
        };
    }
}
