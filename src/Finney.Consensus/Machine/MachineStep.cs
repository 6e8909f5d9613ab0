namespace Finney.Consensus.Machine;

/// <summary>The result of applying one input: the next state and what to do. <see cref="Fired"/> is false when no rule's guard held.</summary>
public sealed record MachineStep(RoundState State, IReadOnlyList<MachineOutput> Outputs, bool Fired)
{
    /// <summary>The input changed nothing.</summary>
    public static MachineStep Unchanged(RoundState state) => new(state, [], false);
}
