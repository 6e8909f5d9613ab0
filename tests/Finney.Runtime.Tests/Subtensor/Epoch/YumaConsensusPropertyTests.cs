using FsCheck.Xunit;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>Properties of the epoch over random inputs (each FsCheck case is a seed for <see cref="RandomEpochInputs"/>).</summary>
public class YumaConsensusPropertyTests
{
    [Property(MaxTest = 300)]
    public void Incentive_AnyRankPositive_SumsToAbout65535(int seed)
    {
        var input = RandomEpochInputs.Create(seed);
        var trace = new RandomEpochInputs.RecordingTrace();
        var output = YumaConsensus.Run(input, trace);
        if (!trace.Vectors["I"].Any(x => x > I32F32.Zero))
        {
            return;
        }

        int sum = output.Incentive.Sum(x => x);
        sum.ShouldBeInRange(65535 - input.NeuronCount - 1, 65535);
    }

    [Property(MaxTest = 300)]
    public void Clipping_NeverRaisesAWeight(int seed)
    {
        var trace = new RandomEpochInputs.RecordingTrace();
        YumaConsensus.Run(RandomEpochInputs.Create(seed), trace);
        var before = trace.Matrices["W (mask+norm)"];
        var after = trace.Matrices["W (clipped)"];
        for (int i = 0; i < before.Count; i++)
        {
            var original = before[i].ToDictionary(e => e.Uid, e => e.Value);
            after[i].ShouldAllBe(e => original.ContainsKey(e.Uid) && e.Value <= original[e.Uid]);
        }
    }

    [Property(MaxTest = 200)]
    public void Consensus_ValidatorsWithIdenticalWeights_EqualsThoseWeights(int seed)
    {
        var rng = new Random(seed);
        int validators = rng.Next(1, 8), n = validators + rng.Next(1, 30);
        var row = Enumerable.Range(validators, n - validators).Where(_ => rng.Next(3) != 0)
            .Select(j => new SparseEntry((ushort)j, (ushort)rng.Next(0, 65536))).ToArray();
        var input = new EpochInput
        {
            CurrentBlock = 10,
            RaoEmission = 1_000_000_000,
            Hyperparameters = EpochHyperparameters.Default with { Kappa = (ushort)rng.Next(1, 65536) },
            Stake = Enumerable.Range(0, n).Select(i => i < validators ? (ulong)rng.NextInt64(1, 1L << 40) : 0).ToArray(),
            LastUpdate = Enumerable.Repeat(10UL, n).ToArray(),
            BlockAtRegistration = new ulong[n],
            ValidatorPermit = Enumerable.Range(0, n).Select(i => i < validators).ToArray(),
            Weights = Enumerable.Range(0, n).Select(i => i < validators ? row : []).ToArray(),
            Bonds = Enumerable.Range(0, n).Select(_ => Array.Empty<SparseEntry>()).ToArray(),
        };
        var trace = new RandomEpochInputs.RecordingTrace();
        var output = YumaConsensus.Run(input, trace);
        var normalized = trace.Matrices["W (mask+norm)"][0];
        var consensus = trace.Vectors["C"];
        for (int j = 0; j < n; j++)
        {
            var expected = normalized.Where(e => e.Uid == j).Select(e => e.Value).SingleOrDefault();
            consensus[j].ShouldBe(expected);
            output.Consensus[j].ShouldBe(U16Proportion.FromFixed(expected));
        }
    }

    [Property(MaxTest = 200)]
    public void PermutingUids_PermutesEveryOutput(int seed)
    {
        var input = RandomEpochInputs.Create(seed, distinctPositiveStake: true);
        int n = input.NeuronCount;
        var map = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(map);
        var output = YumaConsensus.Run(input);
        var permuted = YumaConsensus.Run(EpochPermutation.Apply(input, map));
        EpochPermutation.Apply(output, map).ShouldBeEquivalentTo(EpochPermutation.Normalize(permuted));
    }

    [Property(MaxTest = 300)]
    public void SparseAndDense_AnyInput_GiveIdenticalResults(int seed)
    {
        var input = RandomEpochInputs.Create(seed);
        var sparse = YumaConsensus.Run(input);
        var dense = YumaConsensusDense.Run(input);
        EpochPermutation.Normalize(sparse).ShouldBeEquivalentTo(EpochPermutation.Normalize(dense));
    }

    [Property(MaxTest = 100)]
    public void Parallelism_AnyDegree_GivesIdenticalResults(int seed)
    {
        var input = RandomEpochInputs.Create(seed);
        EpochPermutation.Normalize(YumaConsensus.Run(input, parallelism: 4))
            .ShouldBeEquivalentTo(EpochPermutation.Normalize(YumaConsensus.Run(input)));
    }

    [Fact]
    public void Parallelism_LargeSubnet_GivesIdenticalResults()
    {
        // Large enough that every parallel split (rows, entries, column tasks) really runs on several threads.
        var rng = new Random(5);
        const int n = 20_000, validators = 40;
        SparseEntry[] Row() => Enumerable.Range(0, n).Where(_ => rng.Next(8) != 0)
            .Select(j => new SparseEntry((ushort)j, (ushort)rng.Next(0, 65536))).ToArray();
        var input = new EpochInput
        {
            CurrentBlock = 500,
            RaoEmission = 1_000_000_000,
            Hyperparameters = EpochHyperparameters.Default,
            Stake = Enumerable.Range(0, n).Select(i => (ulong)rng.NextInt64(i < validators ? 1L << 40 : 0, 1L << 41)).ToArray(),
            LastUpdate = Enumerable.Repeat(500UL, n).ToArray(),
            BlockAtRegistration = Enumerable.Range(0, n).Select(_ => (ulong)rng.Next(0, 600)).ToArray(),
            ValidatorPermit = Enumerable.Range(0, n).Select(i => i < validators).ToArray(),
            Weights = Enumerable.Range(0, n).Select(i => i < validators ? Row() : []).ToArray(),
            Bonds = Enumerable.Range(0, n).Select(i => i < validators ? Row() : []).ToArray(),
        };
        var sequential = YumaConsensus.Run(input);
        sequential.Incentive.ShouldContain(x => x > 0);
        YumaConsensus.Run(input, parallelism: 3).ShouldBeEquivalentTo(sequential);
    }
}
