namespace Finney.Node.TxPool.Filters;

/// <summary>
/// A transaction with the sender and nonce of one already in the pool replaces it only with a strictly
/// higher priority; otherwise 1014 "Priority is too low: (old vs new)". Runs after validation, which sets
/// the priority.
/// </summary>
internal sealed class ReplacementFilter : ITxFilter
{
    public AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool)
    {
        if (transaction.Sender is not { } sender || pool.Queue(sender)?.Find(transaction.Nonce) is not { } existing)
        {
            return null;
        }

        return transaction.Priority > existing.Priority ? null : AcceptTxResult.TooLowPriority(existing.Priority, transaction.Priority);
    }
}
