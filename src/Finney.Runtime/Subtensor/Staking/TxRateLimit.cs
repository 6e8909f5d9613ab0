using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Staking;

/// <summary>
/// The per-coldkey transaction rate limit on staking and delegation: blocked while
/// <c>now − LastTxBlock ≤ TxRateLimit</c> (inclusive, so a limit L needs a gap of L + 1 blocks); never before a first transaction.
/// </summary>
public static class TxRateLimit
{
    /// <summary>True when <paramref name="coldkey"/> must wait.</summary>
    public static bool IsExceeded(Externalities ext, AccountId32 coldkey, ulong now)
    {
        var limit = StakingStorage.TxRateLimit.Get(ext.State);
        var last = StakingStorage.LastTxBlock.Get(ext.State, coldkey);
        return limit != 0 && last != 0 && now - last <= limit;
    }

    /// <summary>Records a rate-limited transaction at <paramref name="now"/>.</summary>
    public static void Record(Externalities ext, AccountId32 coldkey, ulong now) => StakingStorage.LastTxBlock.Insert(ext.State, coldkey, now);
}
