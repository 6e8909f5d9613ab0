using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Staking;

/// <summary>
/// Stakes TAO from the signing coldkey's free balance to a hotkey it owns or to a delegate; the coldkey must keep
/// the existential deposit.
/// </summary>
/// <param name="Hotkey">The hotkey to stake to.</param>
/// <param name="AmountStaked">The amount in RAO.</param>
public sealed record AddStake(AccountId32 Hotkey, ulong AmountStaked) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(65_000_000, 0).WithDbAccess(8, 6));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var coldkey, out var error))
        {
            return error;
        }

        if (BalancesLedger.Account(ext, coldkey).Free < AmountStaked)
        {
            return Error(SubtensorError.NotEnoughBalanceToStake);
        }

        if (!StakeLedger.HotkeyExists(ext, Hotkey))
        {
            return Error(SubtensorError.NotRegistered);
        }

        if (!StakeLedger.MayStake(ext, Hotkey, coldkey))
        {
            return Error(SubtensorError.NonAssociatedColdKey);
        }

        var now = SubtensorPallet.CurrentBlock(ext);
        if (TxRateLimit.IsExceeded(ext, coldkey, now))
        {
            return Error(SubtensorError.TxRateLimitExceeded);
        }

        if (AmountStaked > 0)
        {
            // Currency::withdraw with KeepAlive; the dropped imbalance lowers Balances' issuance.
            if (BalancesLedger.Withdraw(ext, coldkey, AmountStaked) is not null)
            {
                return Error(SubtensorError.BalanceWithdrawalError);
            }

            BalancesLedger.Burn(ext, AmountStaked);
        }

        StakeLedger.Increase(ext, coldkey, Hotkey, AmountStaked);
        TxRateLimit.Record(ext, coldkey, now);
        ext.DepositEvent(new StakeAdded(Hotkey, AmountStaked));
        return NoFee;
    }
}
