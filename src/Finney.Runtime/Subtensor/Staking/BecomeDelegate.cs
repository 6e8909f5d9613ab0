using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Staking;

/// <summary>
/// Makes a hotkey owned by the signing coldkey a delegate with the default take (18 %): anyone may then stake to
/// it and share its validator emission.
/// </summary>
/// <param name="Hotkey">The hotkey.</param>
public sealed record BecomeDelegate(AccountId32 Hotkey) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(0, 0));

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

        if (StakeLedger.OwnerOf(ext, Hotkey) != coldkey)
        {
            return Error(SubtensorError.NonAssociatedColdKey);
        }

        if (StakeLedger.IsDelegate(ext, Hotkey))
        {
            return Error(SubtensorError.AlreadyDelegate);
        }

        var now = SubtensorPallet.CurrentBlock(ext);
        if (TxRateLimit.IsExceeded(ext, coldkey, now))
        {
            return Error(SubtensorError.TxRateLimitExceeded);
        }

        var take = StakingStorage.DefaultTake.Get(ext.State);
        StakingStorage.Delegates.Insert(ext.State, Hotkey, take);
        TxRateLimit.Record(ext, coldkey, now);
        ext.DepositEvent(new DelegateAdded(coldkey, Hotkey, take));
        return NoFee;
    }
}
