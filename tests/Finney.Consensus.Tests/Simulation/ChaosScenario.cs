namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// A seeded schedule of faults: partitions into two or three groups, healing, crashes and restarts of any
/// nodes (safety must hold whatever happens), amnesia of twin nodes, lossy and slow links, until <c>chaosEndMs</c>. Then the network
/// becomes synchronous and every node is back up except <c>permanentlyDown</c>: from there liveness is owed.
/// </summary>
public static class ChaosScenario
{
    public static void Schedule(Simulation sim, long chaosEndMs, int? permanentlyDown)
    {
        var random = sim.Random;
        var nodeCount = sim.Nodes.Count;
        var faultyNodes = sim.Nodes.Where(n => !sim.HonestNodes.Contains(n)).Select(n => n.Id).ToArray();
        for (var time = random.Between(500, 3_000); time < chaosEndMs; time += random.Between(1_000, 6_000))
        {
            switch (random.Next(7))
            {
                case 6 when faultyNodes.Length > 0:
                    var amnesiac = faultyNodes[random.Next(faultyNodes.Length)];
                    sim.At(time, $"amnesia {amnesiac}", s => s.RestartWithAmnesia(amnesiac));
                    break;
                case 0:
                    var groups = RandomGroups(random, nodeCount, 2 + random.Next(2));
                    sim.At(time, $"partition {string.Join(" | ", groups.Select(g => string.Join(",", g)))}", s => s.Partition(groups));
                    break;
                case 1:
                    sim.At(time, "heal partition", s => s.Heal());
                    break;
                case 2:
                    var crash = random.Next(nodeCount);
                    sim.At(time, $"crash {crash}", s => s.Crash(crash));
                    break;
                case 3:
                    var restart = random.Next(nodeCount);
                    if (restart != permanentlyDown)
                    {
                        sim.At(time, $"restart {restart}", s => s.Restart(restart));
                    }

                    break;
                case 4:
                    sim.At(time, "lossy network", s => s.Network = NetworkConditions.Lossy);
                    break;
                default:
                    sim.At(time, "synchronous network", s => s.Network = NetworkConditions.Synchronous);
                    break;
            }
        }

        if (permanentlyDown is { } down)
        {
            sim.At(random.Between(0, chaosEndMs), $"crash {down} for good", s => s.Crash(down));
        }

        sim.At(chaosEndMs, "heal everything", s =>
        {
            s.Heal();
            s.Network = NetworkConditions.Synchronous;
            for (var node = 0; node < nodeCount; node++)
            {
                if (node != permanentlyDown)
                {
                    s.Restart(node);
                }
            }
        });
    }

    private static int[][] RandomGroups(SplitMix64 random, int nodeCount, int groupCount)
    {
        var groupOf = Enumerable.Range(0, nodeCount).Select(_ => random.Next(groupCount)).ToArray();
        return Enumerable.Range(0, groupCount)
            .Select(g => Enumerable.Range(0, nodeCount).Where(n => groupOf[n] == g).ToArray())
            .ToArray();
    }
}
