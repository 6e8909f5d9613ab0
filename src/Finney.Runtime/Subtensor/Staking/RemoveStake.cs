using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Staking;

/// <summary>Unstakes TAO from a hotkey back to the signing coldkey's free balance.</summary>
/// <param name="Hotkey">The hotkey to unstake from.</param>
/// <param name="AmountUnstaked">The amount in RAO (more than zero, at most the coldkey's stake on the hotkey).</param>
public sealed record RemoveStake(AccountId32 Hotkey, ulong AmountUnstaked) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(63_000_000, 43_991).WithDbAccess(14, 9));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var coldkey, out var error))
        {
            return error;
        }

        if (!StakeLedger.HotkeyExists(ext, Hotkey))
        {
            return Error(SubtensorError.NotRegistered);
        }

        if (!StakeLedger.MayStake(ext, Hotkey, coldkey))
        {
            return Error(SubtensorError.NonAssociatedColdKey);
        }

        if (AmountUnstaked == 0 || StakeLedger.StakeOf(ext, Hotkey, coldkey) < AmountUnstaked)
        {
            return Error(SubtensorError.NotEnoughStaketoWithdraw);
        }

        var now = SubtensorPallet.CurrentBlock(ext);
        if (TxRateLimit.IsExceeded(ext, coldkey, now))
        {
            return Error(SubtensorError.TxRateLimitExceeded);
        }

        StakeLedger.Decrease(ext, coldkey, Hotkey, AmountUnstaked);
        BalancesLedger.DepositCreating(ext, coldkey, AmountUnstaked);
        TxRateLimit.Record(ext, coldkey, now);
        ext.DepositEvent(new StakeRemoved(Hotkey, AmountUnstaked));
        return NoFee;
    }
}
