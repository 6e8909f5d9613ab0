namespace Finney.Consensus.Tests.Simulation;

public class SimulationTests
{
    [Fact]
    public void FaultFree_FourValidators_DecideOneHeightPerBlockInterval()
    {
        var sim = new Simulation(new SimulationOptions { Seed = 7 });

        sim.RunUntil(30_000);

        foreach (var node in sim.Nodes)
        {
            sim.DecidedBy(node.Id).ShouldBeGreaterThanOrEqualTo(20u);
        }

        ChainsAgree(sim);
        sim.Invariants.EquivocationsSeen.ShouldBe(0);
    }

    [Fact]
    public void OneOfFourCrashed_ChainKeepsDeciding()
    {
        var sim = new Simulation(new SimulationOptions { Seed = 11 });
        sim.RunUntil(5_000);
        sim.Crash(2);
        var atCrash = sim.DecidedBy(0);

        sim.RunUntil(45_000);

        // Every fourth height has the crashed node as round-0 proposer and needs a second round, so a bit slower.
        foreach (var node in new[] { 0, 1, 3 })
        {
            sim.DecidedBy(node).ShouldBeGreaterThanOrEqualTo(atCrash + 20);
        }

        ChainsAgree(sim);
    }

    [Fact]
    public void TwoOfFourDown_ChainHaltsWithoutForking_AndResumesWhenTheyReturn()
    {
        var sim = new Simulation(new SimulationOptions { Seed = 13 });
        sim.RunUntil(5_000);
        sim.Crash(1);
        sim.Crash(3);
        sim.RunUntil(8_000);
        var halted = Math.Max(sim.DecidedBy(0), sim.DecidedBy(2));

        sim.RunUntil(60_000);
        sim.DecidedBy(0).ShouldBe(halted, "two of four validators down: no quorum, nothing may be decided");
        sim.DecidedBy(2).ShouldBe(halted);

        sim.Restart(1);
        sim.Restart(3);
        Liveness.AssertAllHonestDecideAfter(sim, 60_000, newHeights: 5);
        ChainsAgree(sim);
    }

    [Fact]
    public void TwoTwoPartition_HaltsWithoutForking_AndHeals()
    {
        var sim = new Simulation(new SimulationOptions { Seed = 17 });
        sim.RunUntil(5_000);
        sim.Partition([0, 1], [2, 3]);
        sim.RunUntil(8_000);
        var halted = sim.Nodes.Select(n => sim.DecidedBy(n.Id)).Max();

        sim.RunUntil(40_000);
        sim.Nodes.Select(n => sim.DecidedBy(n.Id)).Max().ShouldBe(halted);

        sim.Heal();
        Liveness.AssertAllHonestDecideAfter(sim, 40_000, newHeights: 5);
        ChainsAgree(sim);
    }

    [Fact]
    public void TwinOfOneValidator_SplitAcrossAPartition_NeitherForksNorBlamesAnHonestKey()
    {
        var sim = new Simulation(new SimulationOptions { Seed = 19, TwinnedKeys = [0] });
        sim.Partition([0, 1, 2], [4, 3]);
        sim.At(20_000, "move the twins", s => s.Partition([4, 1, 2], [0, 3]));
        sim.At(40_000, "heal", s => s.Heal());

        Liveness.AssertAllHonestDecideAfter(sim, 40_000);

        sim.Invariants.EquivocationsSeen.ShouldBeGreaterThan(0, "the twins sign conflicting messages, which someone must notice");
        ChainsAgree(sim);
    }

    [Fact]
    public void CrashesAndRestartsUnderLoss_NoHonestNodeEverDoubleSigns()
    {
        var sim = new Simulation(new SimulationOptions { Seed = 23 }) { Network = NetworkConditions.Lossy };
        for (var i = 0; i < 40; i++)
        {
            var node = i % 4;
            var at = 1_000 + (i * 1_500);
            sim.At(at, $"crash {node}", s => s.Crash(node));
            sim.At(at + 400 + (i * 37 % 900), $"restart {node}", s => s.Restart(node));
        }

        sim.At(62_000, "synchronous", s => s.Network = NetworkConditions.Synchronous);

        Liveness.AssertAllHonestDecideAfter(sim, 62_000);
        sim.Invariants.DecisionsChecked.ShouldBeGreaterThan(0);
        ChainsAgree(sim);
    }

    [Fact]
    public void TwinsOfTwoKeysOutOfFour_MoreThanFFaulty_ForkAndTheCheckerCatchesIt()
    {
        // Keys 0 and 1 have twins (nodes 4 and 5): each side of the partition holds three keys' worth of votes.
        var sim = new Simulation(new SimulationOptions { Seed = 31, TwinnedKeys = [0, 1] });
        sim.Partition([0, 1, 2], [4, 5, 3]);

        var violation = Should.Throw<InvariantViolationException>(() => sim.RunUntil(20_000));

        violation.Message.ShouldContain("agreement");
    }

    [Fact]
    public void SameSeed_ReplaysTheSameRun()
    {
        static (long Events, string Head) Run()
        {
            var sim = new Simulation(new SimulationOptions { Seed = 29 }) { Network = NetworkConditions.Lossy };
            ChaosScenario.Schedule(sim, 20_000, permanentlyDown: null);
            sim.RunUntil(30_000);
            return (sim.EventsRun, string.Join(",", sim.Nodes.Select(n => n.Disk.Chain.LastOrDefault()?.Value.ToString() ?? "-")));
        }

        Run().ShouldBe(Run());
    }

    [Fact]
    public void RandomScenarios_SafetyAlwaysAndLivenessAfterHealing()
    {
        var seeds = int.TryParse(Environment.GetEnvironmentVariable("FINNEY_SIM_SEEDS"), out var count) ? count : 24;
        var first = ulong.TryParse(Environment.GetEnvironmentVariable("FINNEY_SIM_FIRST_SEED"), out var start) ? start : 1000;
        for (var seed = first; seed < first + (ulong)seeds; seed++)
        {
            RunScenario(seed);
        }
    }

    // Seed → scenario: n ∈ {4, 5, 7}; the faulty budget f is spent on twins (two distinct keys at n = 7), on a
    // validator down for good, or not at all.
    private static void RunScenario(ulong seed)
    {
        var shape = new SplitMix64(seed ^ 0x5EED);
        var validators = new[] { 4, 4, 5, 7 }[shape.Next(4)];
        var faults = shape.Next(3);
        int[] twins = faults != 0 ? [] : validators == 7 ? [0, 1 + shape.Next(6)] : [shape.Next(validators)];
        var options = new SimulationOptions { Seed = seed, Validators = validators, TwinnedKeys = twins };
        var sim = new Simulation(options);
        int? down = faults == 1 ? shape.Next(validators) : null;
        var chaosEnd = shape.Between(10_000, 40_000);
        ChaosScenario.Schedule(sim, chaosEnd, down);
        try
        {
            Liveness.AssertAllHonestDecideAfter(sim, chaosEnd);
            ChainsAgree(sim);
        }
        catch (Exception e) when (e is InvariantViolationException or ShouldAssertException)
        {
            throw new InvalidOperationException(
                $"seed {seed} (n={validators}, twins=[{string.Join(",", options.TwinnedKeys)}], down={down}, chaos until {chaosEnd} ms) failed; replay with FINNEY_SIM_FIRST_SEED={seed} FINNEY_SIM_SEEDS=1",
                e);
        }
    }

    private static void ChainsAgree(Simulation sim)
    {
        var longest = sim.HonestNodes.OrderByDescending(n => n.Disk.Chain.Count).First().Disk.Chain;
        foreach (var node in sim.HonestNodes)
        {
            node.Disk.Chain.Select(c => c.Value).ShouldBe(longest.Take(node.Disk.Chain.Count).Select(c => c.Value), $"node {node.Id}'s chain is not a prefix of the longest");
        }
    }
}
