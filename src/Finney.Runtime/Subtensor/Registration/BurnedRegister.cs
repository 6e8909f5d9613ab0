using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>
/// Registers a hotkey on a subnet by recycling the subnet's burn cost from the signing coldkey: the TAO leaves the
/// coldkey and total issuance, which delays the next halving. The hotkey need not sign.
/// </summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Hotkey">The hotkey to register, owned by the signing coldkey.</param>
public sealed record BurnedRegister(ushort Netuid, AccountId32 Hotkey) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(89_000_000, 0).WithDbAccess(27, 22));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var coldkey, out var error))
        {
            return error;
        }

        if ((RegistrationRules.CheckOpen(ext, Netuid, Hotkey) ?? RegistrationRules.CheckConnections(ext, Netuid, Hotkey)) is { } refused)
        {
            return Error(refused);
        }

        var burn = RegistrationStorage.Burn.Get(ext.State, Netuid);
        if (Recycle(ext, coldkey, burn) is { } unpaid)
        {
            return Error(unpaid);
        }

        StakeLedger.CreateAccountIfMissing(ext, coldkey, Hotkey);
        if (StakeLedger.OwnerOf(ext, Hotkey) != coldkey)
        {
            return Error(SubtensorError.NonAssociatedColdKey);
        }

        if (HyperparameterStorage.MaxAllowedUids.Get(ext.State, Netuid) == 0)
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        var uid = NeuronRegistry.Register(ext, Netuid, Hotkey, SubtensorPallet.CurrentBlock(ext));
        RegistrationRules.Count(ext, Netuid, proofOfWork: false);
        RegistrationStorage.RAORecycledForRegistration.Insert(ext.State, Netuid, Saturating.Add(RegistrationStorage.RAORecycledForRegistration.Get(ext.State, Netuid), burn));
        ext.DepositEvent(new NeuronRegistered(Netuid, uid, Hotkey));
        return NoFee;
    }

    // The burn leaves the coldkey (kept alive) and both issuance counters.
    private static SubtensorError? Recycle(Externalities ext, AccountId32 coldkey, ulong burn)
    {
        if (BalancesLedger.Account(ext, coldkey).Free < burn)
        {
            return SubtensorError.NotEnoughBalanceToStake;
        }

        if (burn > 0)
        {
            if (BalancesLedger.Withdraw(ext, coldkey, burn) is not null)
            {
                return SubtensorError.BalanceWithdrawalError;
            }

            BalancesLedger.Burn(ext, burn);
        }

        EmissionStorage.TotalIssuance.Put(ext.State, Saturating.Sub(EmissionStorage.TotalIssuance.Get(ext.State), burn));
        return null;
    }
}
