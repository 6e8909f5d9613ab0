namespace Finney.Node.TxPool.Filters;

/// <summary>Rejects the same bytes submitted twice (1013 "Transaction Already Imported").</summary>
internal sealed class AlreadyKnownFilter : ITxFilter
{
    public AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool) =>
        pool.Contains(transaction.Hash) ? AcceptTxResult.AlreadyKnown : null;
}
