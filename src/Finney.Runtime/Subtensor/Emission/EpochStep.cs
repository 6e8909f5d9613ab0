using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Epoch;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.Subtensor.Weights;

namespace Finney.Runtime.Subtensor.Emission;

/// <summary>
/// One epoch of a subnet against storage: reads stake, activity, permits, weights and bonds, runs
/// <see cref="YumaConsensus"/>, stores every per-UID result and the bonds rows, and returns each hotkey's server and
/// validator emission (subtensor's <c>epoch(netuid, rao_emission)</c>).
/// </summary>
public static class EpochStep
{
    /// <summary>Runs the epoch for <paramref name="netuid"/> distributing <paramref name="raoEmission"/>.</summary>
    public static (AccountId32 Hotkey, ulong Server, ulong Validator)[] Run(Externalities ext, ushort netuid, ulong raoEmission)
    {
        var input = ReadInput(ext, netuid, raoEmission);
        var output = YumaConsensus.Run(input);
        Store(ext, netuid, output);

        var tuples = new List<(AccountId32, ulong, ulong)>();
        foreach (var (uid, hotkey) in NeuronStorage.Keys.IteratePrefix(ext.State, netuid))
        {
            if (uid < input.NeuronCount)
            {
                tuples.Add((hotkey, output.ServerEmission[uid], output.ValidatorEmission[uid]));
            }
        }

        return [.. tuples];
    }

    /// <summary>The epoch's input as subtensor reads it; UIDs without a hotkey have zero stake.</summary>
    public static EpochInput ReadInput(Externalities ext, ushort netuid, ulong raoEmission)
    {
        var state = ext.State;
        int n = NetworkStorage.SubnetworkN.Get(state, netuid);
        var stake = new ulong[n];
        var registered = new ulong[n];
        for (ushort uid = 0; uid < n; uid++)
        {
            if (NeuronStorage.Keys.TryGet(state, netuid, uid, out var hotkey))
            {
                stake[uid] = StakingStorage.TotalHotkeyStake.Get(state, hotkey);
            }

            registered[uid] = NeuronStorage.BlockAtRegistration.Get(state, netuid, uid);
        }

        return new EpochInput
        {
            CurrentBlock = SubtensorPallet.CurrentBlock(ext),
            RaoEmission = raoEmission,
            Hyperparameters = new EpochHyperparameters(
                HyperparameterStorage.Kappa.Get(state, netuid),
                HyperparameterStorage.BondsMovingAverage.Get(state, netuid),
                HyperparameterStorage.MaxAllowedValidators.Get(state, netuid),
                HyperparameterStorage.ActivityCutoff.Get(state, netuid)),
            Stake = stake,
            LastUpdate = Resize(NeuronStorage.LastUpdate.Get(state, netuid), n),
            BlockAtRegistration = registered,
            ValidatorPermit = Resize(NeuronStorage.ValidatorPermit.Get(state, netuid), n),
            Weights = Rows(WeightsStorage.Weights.IteratePrefix(state, netuid), n),
            Bonds = Rows(WeightsStorage.Bonds.IteratePrefix(state, netuid), n),
        };
    }

    private static void Store(Externalities ext, ushort netuid, EpochOutput output)
    {
        var state = ext.State;
        NeuronStorage.Active.Insert(state, netuid, output.Active);
        NeuronStorage.Emission.Insert(state, netuid, output.Emission);
        NeuronStorage.Rank.Insert(state, netuid, output.Rank);
        NeuronStorage.Trust.Insert(state, netuid, output.Trust);
        NeuronStorage.Consensus.Insert(state, netuid, output.Consensus);
        NeuronStorage.Incentive.Insert(state, netuid, output.Incentive);
        NeuronStorage.Dividends.Insert(state, netuid, output.Dividends);
        NeuronStorage.ValidatorTrust.Insert(state, netuid, output.ValidatorTrust);
        NeuronStorage.PruningScores.Insert(state, netuid, output.PruningScores);
        NeuronStorage.ValidatorPermit.Insert(state, netuid, output.ValidatorPermit);
        for (ushort uid = 0; uid < output.Bonds.Length; uid++)
        {
            if (output.BondsWritten[uid])
            {
                var bonds = output.Bonds[uid];
                var row = new (ushort, ushort)[bonds.Length];
                for (int e = 0; e < bonds.Length; e++)
                {
                    row[e] = (bonds[e].Uid, bonds[e].Value);
                }

                WeightsStorage.Bonds.Insert(state, netuid, uid, row);
            }
        }
    }

    // Rows of UIDs at or beyond n cannot exist (a subnet only grows); entries naming them are dropped defensively.
    private static SparseEntry[][] Rows(IEnumerable<(ushort Uid, (ushort Uid, ushort Value)[] Row)> stored, int n)
    {
        var rows = new SparseEntry[n][];
        Array.Fill(rows, []);
        foreach (var (uid, row) in stored)
        {
            if (uid < n)
            {
                var entries = new List<SparseEntry>(row.Length);
                foreach (var (dest, value) in row)
                {
                    if (dest < n)
                    {
                        entries.Add(new SparseEntry(dest, value));
                    }
                }

                rows[uid] = [.. entries];
            }
        }

        return rows;
    }

    private static T[] Resize<T>(T[] values, int n)
    {
        if (values.Length == n)
        {
            return values;
        }

        var resized = new T[n];
        Array.Copy(values, resized, Math.Min(n, values.Length));
        return resized;
    }
}
