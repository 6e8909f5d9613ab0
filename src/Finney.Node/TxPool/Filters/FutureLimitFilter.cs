namespace Finney.Node.TxPool.Filters;

/// <summary>
/// Rejects a transaction that would wait behind a nonce gap when the future queue is full (1016): future
/// transactions cannot be mined, so they never push out ready ones.
/// </summary>
internal sealed class FutureLimitFilter : ITxFilter
{
    public AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool) =>
        !pool.WouldBeReady(transaction, transaction.AccountNonce) && pool.FutureCount >= pool.Options.MaxFuture
            ? AcceptTxResult.Dropped($"{pool.FutureCount} future transactions are waiting (limit {pool.Options.MaxFuture})")
            : null;
}
