using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Emission;

/// <summary>
/// SubtensorModule's <c>on_initialize</c> (subtensor's <c>block_step</c>): registration adjustment, crediting the
/// emission the previous block's epochs computed, then accumulating this block's emission and running the epoch of
/// every subnet whose tempo comes round.
/// </summary>
public static class BlockStep
{
    /// <summary>The constant weight subtensor declares for the block step.</summary>
    public static Weight DeclaredWeight => new Weight(110_634_229_000, 0).WithDbAccess(8304, 110);

    /// <summary>Runs the block step for the current block.</summary>
    public static Weight Run(Externalities ext)
    {
        var now = SubtensorPallet.CurrentBlock(ext);
        RegistrationAdjustment.Run(ext, now);
        DrainEmission(ext);
        GenerateEmission(ext, now);
        return DeclaredWeight;
    }

    /// <summary>
    /// subtensor's <c>blocks_until_next_epoch</c>: <c>tempo − (block + netuid + 1) mod (tempo + 1)</c>, or 1000 for
    /// tempo 0 (never); the epoch runs when it is zero.
    /// </summary>
    public static ulong BlocksUntilNextEpoch(ushort netuid, ushort tempo, ulong block) =>
        tempo == 0 ? 1000 : tempo - ((block + netuid + 1) % ((ulong)tempo + 1));

    // Credits every subnet's loaded emission to its hotkeys (and their nominators); issuance grows by what is paid.
    private static void DrainEmission(Externalities ext)
    {
        var state = ext.State;
        foreach (var (netuid, _) in NetworkStorage.Tempo.Iterate(state).ToList())
        {
            if (!EmissionStorage.LoadedEmission.TryGet(state, netuid, out var tuples))
            {
                continue;
            }

            ulong paid = 0;
            foreach (var (hotkey, server, validator) in tuples)
            {
                StakeLedger.Emit(ext, hotkey, server, validator);
                paid = Saturating.Add(paid, Saturating.Add(server, validator));
            }

            EmissionStorage.LoadedEmission.Remove(state, netuid);
            EmissionStorage.TotalIssuance.Put(state, Saturating.Add(EmissionStorage.TotalIssuance.Get(state), paid));
        }
    }

    private static void GenerateEmission(Externalities ext, ulong now)
    {
        var state = ext.State;
        var blockEmission = Halving.BlockEmission(EmissionStorage.TotalIssuance.Get(state));
        EmissionStorage.BlockEmission.Put(state, blockEmission);
        foreach (var (netuid, tempo) in NetworkStorage.Tempo.Iterate(state).ToList())
        {
            if (NetworkStorage.SubnetworkN.Get(state, netuid) == 0)
            {
                continue;
            }

            var share = Halving.SubnetShare(EmissionStorage.EmissionValues.Get(state, netuid), blockEmission);
            var pending = Saturating.Add(EmissionStorage.PendingEmission.Get(state, netuid), share);
            if (BlocksUntilNextEpoch(netuid, tempo, now) != 0)
            {
                EmissionStorage.PendingEmission.Insert(state, netuid, pending);
                EmissionStorage.BlocksSinceLastStep.Insert(state, netuid, Saturating.Add(EmissionStorage.BlocksSinceLastStep.Get(state, netuid), 1UL));
                continue;
            }

            EmissionStorage.PendingEmission.Insert(state, netuid, 0);
            var tuples = EpochStep.Run(ext, netuid, pending);
            UInt128 total = 0;
            foreach (var (_, server, validator) in tuples)
            {
                total += (UInt128)server + validator;
            }

            if (total > pending)
            {
                // subtensor drops an epoch's emission that fails this safety check; the epoch's other effects stay.
                continue;
            }

            EmissionStorage.LoadedEmission.TryGet(state, netuid, out var existing);
            EmissionStorage.LoadedEmission.Insert(state, netuid, [.. tuples, .. existing ?? []]);
            EmissionStorage.BlocksSinceLastStep.Insert(state, netuid, 0);
            EmissionStorage.LastMechansimStepBlock.Insert(state, netuid, now);
        }
    }
}
