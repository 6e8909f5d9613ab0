using Finney.Node.Blocks;
using Finney.Primitives.Accounts;

namespace Finney.Node.TxPool;

/// <summary>
/// The pool's containers: transactions by hash, per-sender nonce queues, unsigned transactions, totals and
/// the ban list. Not thread-safe; <see cref="TransactionPool"/> holds its lock around every use.
/// </summary>
internal sealed class PoolState(TxPoolOptions options, TimeProvider time)
{
    private readonly Dictionary<Hash256, PoolTransaction> _byHash = [];
    private readonly Dictionary<AccountId32, SenderQueue> _senders = [];
    private readonly Dictionary<Hash256, DateTimeOffset> _banned = [];
    private long _sequence;

    public TxPoolOptions Options => options;

    public int Count => _byHash.Count;

    public long Bytes { get; private set; }

    public int FutureCount { get; private set; }

    public IEnumerable<PoolTransaction> All => _byHash.Values;

    public IReadOnlyCollection<AccountId32> Senders => _senders.Keys;

    public bool Contains(Hash256 hash) => _byHash.ContainsKey(hash);

    public PoolTransaction? Find(Hash256 hash) => _byHash.GetValueOrDefault(hash);

    public SenderQueue? Queue(AccountId32 sender) => _senders.GetValueOrDefault(sender);

    public IEnumerable<SenderQueue> Queues => _senders.Values;

    public IEnumerable<PoolTransaction> Unsigned => _byHash.Values.Where(t => t.Sender is null);

    public bool IsBanned(Hash256 hash)
    {
        if (!_banned.TryGetValue(hash, out var until))
        {
            return false;
        }

        if (until > time.GetUtcNow())
        {
            return true;
        }

        _banned.Remove(hash);
        return false;
    }

    public void Ban(Hash256 hash)
    {
        _banned[hash] = time.GetUtcNow() + options.BanTime;
        if (_banned.Count > 4 * options.MaxTransactions)
        {
            var now = time.GetUtcNow();
            foreach (var expired in _banned.Where(b => b.Value <= now).Select(b => b.Key).ToList())
            {
                _banned.Remove(expired);
            }
        }
    }

    /// <summary>True when <paramref name="transaction"/> would be ready if added now.</summary>
    public bool WouldBeReady(PoolTransaction transaction, uint accountNonce) =>
        transaction.Sender is not { } sender || (Queue(sender)?.WouldBeReady(transaction.Nonce) ?? transaction.Nonce == accountNonce);

    /// <summary>Adds a validated transaction; returns those it promoted from future to ready (itself included when ready).</summary>
    public List<PoolTransaction> Add(PoolTransaction transaction, uint accountNonce)
    {
        transaction.Sequence = ++_sequence;
        _byHash[transaction.Hash] = transaction;
        Bytes += transaction.Bytes.Length;
        if (transaction.Sender is not { } sender)
        {
            transaction.IsReady = true;
            return [transaction];
        }

        if (!_senders.TryGetValue(sender, out var queue))
        {
            queue = new SenderQueue(accountNonce);
            _senders[sender] = queue;
        }

        return Tracked(queue, () => queue.Add(transaction)).Promoted;
    }

    /// <summary>Puts <paramref name="replacement"/> in the place of <paramref name="existing"/> (same sender and nonce).</summary>
    public void Replace(PoolTransaction existing, PoolTransaction replacement)
    {
        _byHash.Remove(existing.Hash);
        Bytes += replacement.Bytes.Length - existing.Bytes.Length;
        replacement.Sequence = ++_sequence;
        replacement.IsReady = existing.IsReady;
        _byHash[replacement.Hash] = replacement;
        Queue(existing.Sender!.Value)!.Add(replacement);
    }

    /// <summary>Removes a transaction; returns those that fell back to future behind the gap it left.</summary>
    public List<PoolTransaction> Remove(PoolTransaction transaction)
    {
        if (!_byHash.Remove(transaction.Hash))
        {
            return [];
        }

        Bytes -= transaction.Bytes.Length;
        if (transaction.Sender is not { } sender || !_senders.TryGetValue(sender, out var queue))
        {
            return [];
        }

        var demoted = Tracked(queue, () => queue.Remove(transaction)).Demoted;
        if (queue.Count == 0)
        {
            _senders.Remove(sender);
        }

        return demoted;
    }

    /// <summary>Moves a sender's base nonce; returns the stale transactions it removed.</summary>
    public (List<PoolTransaction> Stale, List<PoolTransaction> Promoted) Rebase(AccountId32 sender, uint accountNonce)
    {
        if (!_senders.TryGetValue(sender, out var queue))
        {
            return ([], []);
        }

        List<PoolTransaction> stale = [];
        var promoted = Tracked(queue, () => stale = queue.Rebase(accountNonce)).Promoted;
        foreach (var transaction in stale)
        {
            _byHash.Remove(transaction.Hash);
            Bytes -= transaction.Bytes.Length;
        }

        if (queue.Count == 0)
        {
            _senders.Remove(sender);
        }

        return (stale, promoted);
    }

    /// <summary>
    /// The transaction to evict when the pool is over a limit: future before ready, then the lowest
    /// priority, then the newest; only a sender's last nonce, so no gap opens behind it.
    /// </summary>
    public PoolTransaction? EvictionCandidate()
    {
        PoolTransaction? worst = null;
        foreach (var candidate in _senders.Values.Select(q => q.Last!).Concat(Unsigned))
        {
            if (worst is null || Rank(candidate).CompareTo(Rank(worst)) < 0)
            {
                worst = candidate;
            }
        }

        return worst;
    }

    public bool IsOverLimits => Count > options.MaxTransactions || Bytes > options.MaxBytes || FutureCount > options.MaxFuture;

    private static (int, ulong, long) Rank(PoolTransaction transaction) => (transaction.IsReady ? 1 : 0, transaction.Priority, -transaction.Sequence);

    private (List<PoolTransaction> Promoted, List<PoolTransaction> Demoted) Tracked(SenderQueue queue, Action change)
    {
        var before = queue.InNonceOrder.Count(t => !t.IsReady);
        change();
        var result = queue.Recompute();
        FutureCount += queue.InNonceOrder.Count(t => !t.IsReady) - before;
        return result;
    }
}
