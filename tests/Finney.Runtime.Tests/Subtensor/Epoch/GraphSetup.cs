using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// upstream epoch.rs's graph helpers: <c>distribute_nodes</c>, <c>normalize_weights</c> and <c>init_run_epochs</c>.
/// Where upstream draws from <c>thread_rng</c> or <c>StdRng</c>, a seeded <see cref="Random"/> stands in: the
/// assertions hold for any draw.
/// </summary>
internal static class GraphSetup
{
    /// <summary><c>distribute_nodes</c>: blockwise (0), regular interleaving (1) or a random permutation (2).</summary>
    public static (int[] Validators, int[] Servers) DistributeNodes(int validatorsN, int networkN, int interleave, int seed = 0)
    {
        var uids = Enumerable.Range(0, networkN).ToArray();
        switch (interleave)
        {
            case 0:
                return (uids[..validatorsN], uids[validatorsN..]);
            case 1:
                int spacing = networkN / validatorsN;
                return (uids.Where(i => i % spacing == 0).ToArray(), uids.Where(i => i % spacing != 0).ToArray());
            default:
                new Random(seed).Shuffle(uids);
                return (uids[..validatorsN], uids[validatorsN..]);
        }
    }

    /// <summary><c>normalize_weights</c>: x·65535/Σx in u64 integer division.</summary>
    public static int[] NormalizeWeights(int[] weights)
    {
        long sum = weights.Sum(w => (long)w);
        return sum == 0 ? weights : weights.Select(w => (int)(ushort)(w * 65535L / sum)).ToArray();
    }

    /// <summary>
    /// <c>init_run_epochs</c>: neurons appended at block 0 with the given stake, one epoch to issue permits, weights
    /// set at block 1 (validators on all servers, or the given rows; servers optionally on themselves), then
    /// <paramref name="epochs"/> epochs at block 1.
    /// </summary>
    public static MockSubnet InitRunEpochs(int n, int[] validators, int[] servers, int epochs, ulong[] stake,
        Func<int, (int[] Destinations, int[] Values)> validatorWeights, bool serverSelf, bool dense)
    {
        var net = new MockSubnet(n) { MaxAllowedValidators = (ushort)validators.Length };
        stake.CopyTo(net.Stake, 0);
        net.Epoch();
        net.Block = 1;
        foreach (int uid in validators)
        {
            var (destinations, values) = validatorWeights(uid);
            net.SetWeights(uid, destinations, values);
        }

        foreach (int uid in serverSelf ? servers : [])
        {
            net.SetWeights(uid, [uid], [65535]);
        }

        for (int e = 0; e < epochs; e++)
        {
            net.Epoch(dense: dense);
        }

        return net;
    }

    /// <summary>Stake only on validators, <paramref name="perValidator"/> each.</summary>
    public static ulong[] ValidatorStake(int n, int[] validators, ulong perValidator)
    {
        var stake = new ulong[n];
        foreach (int v in validators)
        {
            stake[v] = perValidator;
        }

        return stake;
    }

    /// <summary>A dense n×n view of stored bonds rows (absent entries are 0).</summary>
    public static int[,] BondMatrix(SparseEntry[][] bonds)
    {
        var matrix = new int[bonds.Length, bonds.Length];
        for (int i = 0; i < bonds.Length; i++)
        {
            foreach (var entry in bonds[i])
            {
                matrix[i, entry.Uid] = entry.Value;
            }
        }

        return matrix;
    }
}
