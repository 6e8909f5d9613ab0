using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Cli.Yuma;

/// <summary>Runs a scenario's epochs in order, carrying permits, bonds, weights, stakes and last updates forward.</summary>
internal static class YumaSimulator
{
    /// <summary>One epoch's block and output.</summary>
    public sealed record EpochResult(ulong Block, EpochOutput Output);

    /// <summary>Runs every epoch of the scenario.</summary>
    public static IReadOnlyList<EpochResult> Run(YumaScenario scenario)
    {
        int n = scenario.Neurons.Length;
        var stake = scenario.Neurons.Select(x => x.Stake).ToArray();
        var lastUpdate = scenario.Neurons.Select(x => x.LastUpdate).ToArray();
        var registration = scenario.Neurons.Select(x => x.BlockAtRegistration).ToArray();
        var permits = scenario.Neurons.Select(x => x.ValidatorPermit).ToArray();
        var weights = Enumerable.Range(0, n).Select(_ => Array.Empty<SparseEntry>()).ToArray();
        var bonds = scenario.Bonds;
        var results = new List<EpochResult>();
        foreach (var epoch in scenario.Epochs)
        {
            stake = epoch.Stakes ?? stake;
            foreach (var (uid, row) in epoch.Weights)
            {
                weights[uid] = row;
                lastUpdate[uid] = epoch.Block;
            }

            var output = YumaConsensus.Run(new EpochInput
            {
                CurrentBlock = epoch.Block,
                RaoEmission = scenario.EmissionPerEpoch,
                Hyperparameters = scenario.Hyperparameters,
                Stake = stake,
                LastUpdate = lastUpdate.ToArray(),
                BlockAtRegistration = registration,
                ValidatorPermit = permits,
                Weights = weights.ToArray(),
                Bonds = bonds,
            }, parallelism: Environment.ProcessorCount);
            permits = output.ValidatorPermit;
            bonds = output.Bonds;
            results.Add(new EpochResult(epoch.Block, output));
        }

        return results;
    }
}
