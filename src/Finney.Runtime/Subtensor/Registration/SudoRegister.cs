using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>
/// Registers a hotkey without work or burn (root only), adding stake and minting a balance to the coldkey; the
/// pallet's issuance counter is not changed and no registration counter moves.
/// </summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Hotkey">The hotkey to register.</param>
/// <param name="Coldkey">Its owner.</param>
/// <param name="Stake">Stake to add from the coldkey to the hotkey, in RAO.</param>
/// <param name="Balance">Free balance to mint to the coldkey, in RAO.</param>
public sealed record SudoRegister(ushort Netuid, AccountId32 Hotkey, AccountId32 Coldkey, ulong Stake, ulong Balance) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Operational(new Weight(81_000_000, 0).WithDbAccess(21, 23));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (!SubnetRegistry.Exists(ext, Netuid))
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        if (NeuronRegistry.IsRegistered(ext, Netuid, Hotkey))
        {
            return Error(SubtensorError.AlreadyRegistered);
        }

        StakeLedger.CreateAccountIfMissing(ext, Coldkey, Hotkey);
        if (StakeLedger.OwnerOf(ext, Hotkey) != Coldkey)
        {
            return Error(SubtensorError.NonAssociatedColdKey);
        }

        StakeLedger.Increase(ext, Coldkey, Hotkey, Stake);
        BalancesLedger.DepositCreating(ext, Coldkey, Balance);
        if (HyperparameterStorage.MaxAllowedUids.Get(ext.State, Netuid) == 0)
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        var uid = NeuronRegistry.Register(ext, Netuid, Hotkey, SubtensorPallet.CurrentBlock(ext));
        ext.DepositEvent(new NeuronRegistered(Netuid, uid, Hotkey));
        return NoFee;
    }
}
