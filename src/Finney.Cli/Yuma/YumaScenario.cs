using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Cli.Yuma;

/// <summary>A parsed <c>finney yuma run</c> input: the subnet's starting state and the epochs to run (docs/yuma.md).</summary>
/// <param name="Hyperparameters">The epoch's hyperparameters.</param>
/// <param name="Tempo">Accepted for completeness; the epoch does not read it.</param>
/// <param name="Rho">Accepted for completeness; the reference epoch does not read it.</param>
/// <param name="EmissionPerEpoch">RAO distributed by each epoch.</param>
/// <param name="Neurons">Starting per-uid state, indexed by uid.</param>
/// <param name="Bonds">Starting bonds rows, indexed by uid.</param>
/// <param name="Epochs">The epochs, run in order.</param>
internal sealed record YumaScenario(
    EpochHyperparameters Hyperparameters,
    ushort Tempo,
    ushort Rho,
    ulong EmissionPerEpoch,
    YumaNeuron[] Neurons,
    SparseEntry[][] Bonds,
    YumaEpoch[] Epochs);

/// <summary>One uid's starting state.</summary>
internal sealed record YumaNeuron(ulong Stake, ulong LastUpdate, ulong BlockAtRegistration, bool ValidatorPermit);

/// <summary>
/// One epoch: its block, the weights rows set at that block (uid → row; each also sets that uid's last_update to the
/// block, as <c>set_weights</c> does), and optionally new stakes for every uid (kept for later epochs).
/// </summary>
internal sealed record YumaEpoch(ulong Block, IReadOnlyList<(int Uid, SparseEntry[] Row)> Weights, ulong[]? Stakes);
