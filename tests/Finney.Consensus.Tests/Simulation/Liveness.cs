namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// The liveness property after healing: with the network synchronous and at most f faulty validators, every
/// running honest node decides new heights within a bound derived from the timeouts of the rounds reached.
/// </summary>
public static class Liveness
{
    /// <summary>Runs from the heal time and asserts every running honest node decided two heights past the best at healing.</summary>
    public static void AssertAllHonestDecideAfter(Simulation sim, long healedAtMs, int newHeights = 2)
    {
        sim.RunUntil(healedAtMs);
        var baseline = sim.HonestNodes.Select(n => (uint)n.Disk.Chain.Count).Max();
        var bound = BoundMs(sim.MaxRound());
        sim.RunUntil(healedAtMs + bound);
        foreach (var node in sim.HonestNodes.Where(n => n.IsUp))
        {
            ((uint)node.Disk.Chain.Count).ShouldBeGreaterThanOrEqualTo(
                baseline + (uint)newHeights,
                $"liveness: node {node.Id} stuck at {node.Disk.Chain.Count} (best at healing {baseline}, round {node.Participant!.Driver.State.Round}) {bound} ms after healing: {sim.Describe()}");
        }
    }

    // A few rounds at the highest round reached (timeouts grow with the round) plus block intervals and catch-up.
    private static long BoundMs(int maxRound)
    {
        var perRound = 2_500 + (750 * (long)(maxRound + 4));
        return (4 * perRound) + 15_000;
    }
}
