namespace Finney.Node.TxPool.Filters;

/// <summary>Rejects a transaction larger than a single transaction may be (1016), before any work is spent on it.</summary>
internal sealed class SizeFilter : ITxFilter
{
    public AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool) =>
        transaction.Bytes.Length > pool.Options.MaxTransactionBytes
            ? AcceptTxResult.Dropped($"the transaction has {transaction.Bytes.Length} bytes (limit {pool.Options.MaxTransactionBytes})")
            : null;
}
