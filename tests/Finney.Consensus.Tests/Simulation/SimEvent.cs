using Finney.Consensus.Driver;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// Something scheduled at a virtual time. Node-local events carry the node's incarnation so that timers armed
/// before a crash do not fire into the restarted node.
/// </summary>
public abstract record SimEvent
{
    public sealed record Deliver(int From, int To, SimMessage Message) : SimEvent;

    public sealed record NodeInput(int Node, int Incarnation, ConsensusInput Input) : SimEvent;

    public sealed record StartNextHeight(int Node, int Incarnation, uint Height) : SimEvent;

    public sealed record GossipTick(int Node, int Incarnation) : SimEvent;

    /// <summary>A scheduled fault or repair from the scenario.</summary>
    public sealed record ScenarioStep(string Description, Action<Simulation> Apply) : SimEvent;
}
