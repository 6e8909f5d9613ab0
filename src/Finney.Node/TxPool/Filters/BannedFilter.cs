namespace Finney.Node.TxPool.Filters;

/// <summary>
/// Rejects a transaction that was just included or found invalid (1012), as Substrate's pool does for its
/// ban time, so a client re-sending it does not make the runtime validate it again and again.
/// </summary>
internal sealed class BannedFilter : ITxFilter
{
    public AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool) =>
        pool.IsBanned(transaction.Hash) ? AcceptTxResult.TemporarilyBanned : null;
}
