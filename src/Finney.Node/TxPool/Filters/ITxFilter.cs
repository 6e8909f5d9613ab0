namespace Finney.Node.TxPool.Filters;

/// <summary>
/// One admission rule of the pool (Nethermind's filter pipeline): looks at the transaction and the pool,
/// and either lets it pass (null) or names the rejection. Filters do not change the pool.
/// </summary>
internal interface ITxFilter
{
    /// <summary>Null to pass, or why the transaction stays out.</summary>
    AcceptTxResult? Accept(PoolTransaction transaction, PoolState pool);
}
