using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// upstream's <c>test_consensus_guarantees</c>: a 512-uid graph (64 validators) split into a major and a minor set,
/// each weighting its own servers by a given share; the major set's emission ratio must be at least its stake ratio.
/// The graph is drawn as upstream's <c>split_graph</c> draws it (Box–Muller normals, clamped at 0, normalised), from a
/// seeded <see cref="Random"/> instead of Rust's StdRng; the epoch then runs exactly.
/// </summary>
public class ConsensusGuaranteesTests
{
    public static TheoryData<double, double, double, double> Cases() => new()
    {
        { 0.51, 1, 1, 0.001 }, { 0.51, 0.03, 0, 0.001 }, { 0.51, 0.51, 0.49, 0.001 }, { 0.51, 0.51, 1, 0.001 },
        { 0.51, 0.61, 0.8, 0.1 }, { 0.6, 0.67, 0.65, 0.2 }, { 0.6, 0.74, 0.77, 0.4 }, { 0.6, 0.76, 0.8, 0.4 },
        { 0.6, 0.76, 1, 0.4 }, { 0.6, 0.92, 1, 0.4 }, { 0.6, 0.94, 1, 0.4 }, { 0.65, 0.78, 0.85, 0.6 },
        { 0.7, 0.81, 0.85, 0.8 }, { 0.7, 0.83, 0.85, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitGraph_MajorStake_KeepsAtLeastItsShareOfEmission(double majorStake, double majorWeight, double minorWeight, double stddev)
    {
        const int n = 512, validatorsN = 64;
        var rng = new Random(7);
        var (validators, servers) = GraphSetup.DistributeNodes(validatorsN, n, 2, seed: 7);
        var majorValidators = validators[..NonExtreme(majorStake, validatorsN)];
        var minorValidators = validators[majorValidators.Length..];
        var majorServers = servers[..NonExtreme(majorStake, servers.Length)];
        var minorServers = servers[majorServers.Length..];

        var stake = new ulong[n];
        foreach (var (ratio, set) in new[] { (majorStake, majorValidators), (1 - majorStake, minorValidators) })
        {
            var sample = Sample(rng, set.Length, 0.3);
            for (int i = 0; i < set.Length; i++)
            {
                stake[set[i]] = (ulong)(ratio * sample[i] * 21_000_000_000_000_000);
            }
        }

        var rows = new Dictionary<int, (int[] Destinations, int[] Values)>();
        foreach (var (first, second, set) in new[] { (majorWeight, 1 - majorWeight, majorValidators), (1 - minorWeight, minorWeight, minorValidators) })
        {
            foreach (int validator in set)
            {
                var destinations = new List<int>();
                var values = new List<int>();
                foreach (var (weight, group) in new[] { (first, majorServers), (second, minorServers) })
                {
                    var sample = Sample(rng, group.Length, stddev);
                    destinations.AddRange(group);
                    values.AddRange(sample.Select(s => (int)U16Proportion.FromFixed(FixedFloat.I32(weight * s))));
                }

                rows[validator] = (destinations.ToArray(), values.ToArray());
            }
        }

        var net = GraphSetup.InitRunEpochs(n, validators, servers, 1, stake, uid => rows[uid], serverSelf: true, dense: true);
        decimal Emission(IEnumerable<int> uids) => uids.Sum(uid => (decimal)net.Last.Emission[uid]);
        decimal major = Emission(majorValidators.Concat(majorServers)), minor = Emission(minorValidators.Concat(minorServers));
        FixedFloat.I32((float)majorStake).ShouldBeLessThanOrEqualTo(I32F32.FromFixed(
            I64F64.FromUInt64((ulong)major) / I64F64.FromUInt64((ulong)(major + minor))));
    }

    private static int NonExtreme(double ratio, int total) => Math.Clamp((int)(ratio * total), 1, total - 1);

    // normal(): Box–Muller from uniform u16 draws; then stddev·x + 1 clamped at 0, normalised to sum 1.
    private static double[] Sample(Random rng, int size, double stddev)
    {
        var values = new double[size];
        for (int i = 0; i < size; i++)
        {
            double u1 = (rng.Next(0, 65535) / 65535.0) + 0.000001, u2 = (rng.Next(0, 65535) / 65535.0) + 0.000001;
            double normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            values[i] = Math.Max(0, (stddev * normal) + 1);
        }

        double sum = values.Sum();
        return sum == 0 ? values : values.Select(v => v / sum).ToArray();
    }
}
