using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Serving;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.Subtensor.Weights;
using Finney.Runtime.System;

namespace Finney.Runtime.Subtensor;

/// <summary>
/// SubtensorModule (index 7): subnets, registration by proof of work or burn, staking and delegation, weights,
/// serving endpoints, and the per-block emission that runs Yuma consensus at each subnet's tempo.
/// </summary>
public static class SubtensorPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 7;

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = SubtensorStorage.Pallet,
        Index = Index,
        DocsType = typeof(SubtensorPallet),
        StorageDocsTypes =
        [
            typeof(StakingStorage), typeof(EmissionStorage), typeof(NetworkStorage), typeof(HyperparameterStorage),
            typeof(RegistrationStorage), typeof(NeuronStorage), typeof(WeightsStorage), typeof(ServingStorage),
        ],
        Storage =
        [
            .. StakingStorage.All, .. EmissionStorage.All, .. NetworkStorage.All, .. HyperparameterStorage.All,
            .. RegistrationStorage.All, .. NeuronStorage.All, .. WeightsStorage.All, .. ServingStorage.All,
        ],
        Calls = SubtensorCall.Table,
        Events = SubtensorEvents.Table,
        Errors = ErrorTable.For<SubtensorError>("pallet_subtensor", "pallet", "Error"),
        OnInitialize = BlockStep.Run,
    };

    /// <summary>The current block number as subtensor's pallet sees it (u64).</summary>
    public static ulong CurrentBlock(Externalities ext) => SystemPallet.BlockNumber(ext);
}
