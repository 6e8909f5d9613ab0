namespace Finney.Node.TxPool.Filters;

/// <summary>Keeps one sender from filling the pool: at most <see cref="TxPoolOptions.MaxPerSender"/> transactions each (1016).</summary>
internal sealed class SenderLimitFilter : ITxFilter
{
    public AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool)
    {
        if (transaction.Sender is not { } sender || pool.Queue(sender) is not { } queue)
        {
            return null;
        }

        var replacing = queue.Find(transaction.Nonce) is not null;
        return queue.Count - (replacing ? 1 : 0) >= pool.Options.MaxPerSender
            ? AcceptTxResult.Dropped($"the sender has {queue.Count} transactions in the pool (limit {pool.Options.MaxPerSender})")
            : null;
    }
}
