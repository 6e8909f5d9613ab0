namespace Finney.Node.TxPool;

/// <summary>
/// Transaction pool limits. Totals follow Substrate's defaults (8,192 transactions, 20 MiB); future
/// transactions (a nonce gap) get a tenth of that; one sender may hold at most
/// <see cref="MaxPerSender"/>.
/// </summary>
public sealed record TxPoolOptions
{
    /// <summary>Transactions in the pool, ready and future (default 8,192).</summary>
    public int MaxTransactions { get; init; } = 8192;

    /// <summary>Encoded bytes in the pool (default 20 MiB).</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Future transactions, waiting for a lower nonce (default 819).</summary>
    public int MaxFuture { get; init; } = 819;

    /// <summary>Transactions of one sender (default 1,024).</summary>
    public int MaxPerSender { get; init; } = 1024;

    /// <summary>Largest single transaction in bytes (default 5 MiB, half a subtensor block).</summary>
    public int MaxTransactionBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>How long a transaction removed as included or invalid is refused (default 30 min, Substrate's).</summary>
    public TimeSpan BanTime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Transactions revalidated by the runtime after each block (default 256).</summary>
    public int RevalidationBatch { get; init; } = 256;

    /// <summary>Readable problems with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxTransactions < 1)
        {
            problems.Add($"the pool must hold at least 1 transaction (got {MaxTransactions})");
        }

        if (MaxBytes < 1024)
        {
            problems.Add($"the pool must hold at least 1024 bytes (got {MaxBytes})");
        }

        if (MaxFuture < 0 || MaxPerSender < 1 || MaxTransactionBytes < 1)
        {
            problems.Add("pool limits for future transactions, per sender and per transaction must be positive");
        }

        if (RevalidationBatch < 0)
        {
            problems.Add($"the revalidation batch cannot be negative (got {RevalidationBatch})");
        }

        return problems;
    }
}
