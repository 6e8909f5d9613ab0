using Finney.Node.Blocks;
using Finney.Node.TxPool.Filters;
using Finney.Primitives.Accounts;
using Microsoft.Extensions.Logging;

namespace Finney.Node.TxPool;

/// <summary>
/// Transactions waiting for a block. Admission is a pipeline of small filters around the runtime's
/// validation at the best block; ready and future transactions are kept per sender by nonce; after every
/// block, included transactions leave (watchers learn <c>inBlock</c>/<c>finalized</c>), stale ones are
/// dropped, and a batch is revalidated. Status changes reach watchers in order, under the pool's lock.
/// </summary>
public sealed class TransactionPool
{
    // Cheap checks before the runtime is asked anything; order is cost order.
    private static readonly ITxFilter[] PreValidation = [new SizeFilter(), new AlreadyKnownFilter(), new BannedFilter()];

    // Checks that need the runtime's verdict (priority) and the sender's on-chain nonce.
    private static readonly ITxFilter[] PostValidation = [new AlreadyKnownFilter(), new ReplacementFilter(), new SenderLimitFilter(), new FutureLimitFilter()];

    private readonly Lock _lock = new();
    private readonly PoolState _state;
    private readonly IPoolChain _chain;
    private readonly ILogger _logger;
    private readonly Dictionary<Hash256, List<Action<TxStatus>>> _watchers = [];
    private readonly Dictionary<Hash256, List<Hash256>> _awaitingFinality = [];

    /// <summary>A pool validating through <paramref name="chain"/>.</summary>
    public TransactionPool(TxPoolOptions options, IPoolChain chain, TimeProvider time, ILogger logger)
    {
        _state = new PoolState(options, time);
        _chain = chain;
        _logger = logger;
    }

    /// <summary>Transactions in the pool.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _state.Count;
            }
        }
    }

    /// <summary>Transactions waiting behind a nonce gap.</summary>
    public int FutureCount
    {
        get
        {
            lock (_lock)
            {
                return _state.FutureCount;
            }
        }
    }

    /// <summary>
    /// Submits an extrinsic. When accepted and <paramref name="watcher"/> is given, it receives
    /// <c>ready</c> or <c>future</c> first and every later status of the transaction.
    /// </summary>
    public AcceptTxResult Submit(byte[] extrinsic, Action<TxStatus>? watcher = null) => Submit(extrinsic, watcher, out _);

    /// <summary>Submits an extrinsic and returns its hash.</summary>
    public AcceptTxResult Submit(byte[] extrinsic, Action<TxStatus>? watcher, out Hash256 hash)
    {
        hash = Hash256.Blake2(extrinsic);
        if (!SignedExtrinsicEnvelope.TryRead(extrinsic, out var envelope, out var problem))
        {
            return Rejected(hash, AcceptTxResult.Malformed(problem));
        }

        var transaction = new PoolTransaction(extrinsic, hash, envelope);
        lock (_lock)
        {
            if (RunFilters(PreValidation, transaction) is { } early)
            {
                return Rejected(hash, early);
            }
        }

        var validity = _chain.Validate(extrinsic);
        if (validity.Error is { } error)
        {
            return Rejected(hash, AcceptTxResult.Invalid(error));
        }

        var valid = validity.Valid!;
        transaction.Priority = valid.Priority;
        transaction.Longevity = valid.Longevity;
        transaction.ValidatedAt = _chain.BestNumber;
        transaction.AccountNonce = transaction.Sender is { } sender ? _chain.AccountNonce(sender) : 0;
        lock (_lock)
        {
            if (RunFilters(PostValidation, transaction) is { } late)
            {
                return Rejected(hash, late);
            }

            var result = Insert(transaction);
            if (!result.IsAccepted)
            {
                return Rejected(hash, result);
            }

            if (watcher is not null)
            {
                Watch(hash, watcher);
                watcher(result.Outcome == AcceptTxOutcome.Ready ? TxStatus.Ready : TxStatus.Future);
            }

            TxPoolLog.Accepted(_logger, hash, result.Outcome);
            return result;
        }
    }

    /// <summary>The next nonce for <paramref name="sender"/>: its account nonce, past its consecutive pool transactions.</summary>
    public uint NextNonce(AccountId32 sender, uint accountNonce)
    {
        lock (_lock)
        {
            var queue = _state.Queue(sender);
            return queue is null ? accountNonce : Math.Max(accountNonce, queue.NextNonce());
        }
    }

    /// <summary>All transactions, ready ones first in the order a block would take them.</summary>
    public IReadOnlyList<PoolTransaction> Pending()
    {
        var result = new List<PoolTransaction>();
        var ready = Ready();
        while (ready.TryNext(out var transaction))
        {
            result.Add(transaction);
        }

        lock (_lock)
        {
            result.AddRange(_state.All.Where(t => !t.IsReady).OrderBy(t => t.Sequence));
        }

        return result;
    }

    /// <summary>A best-first snapshot of the ready transactions, for building a block.</summary>
    public ReadyIterator Ready()
    {
        lock (_lock)
        {
            var chains = _state.Queues
                .Select(q => (IReadOnlyList<PoolTransaction>)[.. q.InNonceOrder.TakeWhile(t => t.IsReady)])
                .Concat(_state.Unsigned.Select(t => (IReadOnlyList<PoolTransaction>)[t]));
            return new ReadyIterator([.. chains]);
        }
    }

    /// <summary>Removes a transaction the block builder found invalid, bans it and tells its watchers.</summary>
    public void RemoveInvalid(Hash256 hash)
    {
        lock (_lock)
        {
            if (_state.Find(hash) is { } transaction)
            {
                _state.Remove(transaction);
                _state.Ban(hash);
                Emit(hash, TxStatus.Invalid);
                TxPoolLog.RemovedInvalid(_logger, hash);
            }
        }
    }

    /// <summary>Removes a transaction on request (<c>author_removeExtrinsic</c>); true when it was in the pool.</summary>
    public bool Remove(Hash256 hash)
    {
        lock (_lock)
        {
            if (_state.Find(hash) is not { } transaction)
            {
                return false;
            }

            _state.Remove(transaction);
            Emit(hash, TxStatus.Dropped);
            return true;
        }
    }

    /// <summary>
    /// Updates the pool after block <paramref name="block"/> became best: included transactions leave with
    /// <c>inBlock</c> (and <c>finalized</c> when it is final), senders are rebased on their new nonces,
    /// stale transactions go, and a batch is revalidated.
    /// </summary>
    public void OnBlockImported(Block block, Hash256 blockHash, bool finalized)
    {
        List<AccountId32> senders;
        var included = new HashSet<Hash256>();
        lock (_lock)
        {
            foreach (var extrinsic in block.Extrinsics)
            {
                var hash = Hash256.Blake2(extrinsic);
                included.Add(hash);
                if (_state.Find(hash) is { Sender: null } unsigned)
                {
                    _state.Remove(unsigned);
                }

                if (_watchers.ContainsKey(hash) || _state.Contains(hash))
                {
                    _state.Ban(hash);
                    Emit(hash, TxStatus.InBlock(blockHash));
                    if (finalized)
                    {
                        Emit(hash, TxStatus.Finalized(blockHash));
                    }
                    else if (_watchers.ContainsKey(hash))
                    {
                        if (!_awaitingFinality.TryGetValue(blockHash, out var waiting))
                        {
                            _awaitingFinality[blockHash] = waiting = [];
                        }

                        waiting.Add(hash);
                    }
                }
            }

            senders = [.. _state.Senders];
        }

        var nonces = senders.Select(s => (Sender: s, Nonce: _chain.AccountNonce(s))).ToList();
        lock (_lock)
        {
            foreach (var (sender, nonce) in nonces)
            {
                var (stale, promoted) = _state.Rebase(sender, nonce);
                foreach (var transaction in stale.Where(t => !included.Contains(t.Hash)))
                {
                    _state.Ban(transaction.Hash);
                    Emit(transaction.Hash, TxStatus.Invalid);
                }

                foreach (var transaction in promoted)
                {
                    Emit(transaction.Hash, TxStatus.Ready);
                }
            }

            foreach (var hash in included.Where(_state.Contains))
            {
                _state.Remove(_state.Find(hash)!);
            }
        }

        Revalidate(block.Header.Number);
    }

    /// <summary>Tells the watchers of the transactions in block <paramref name="blockHash"/> that it is final.</summary>
    public void OnBlockFinalized(Hash256 blockHash)
    {
        lock (_lock)
        {
            if (_awaitingFinality.Remove(blockHash, out var included))
            {
                foreach (var hash in included)
                {
                    Emit(hash, TxStatus.Finalized(blockHash));
                }
            }
        }
    }

    /// <summary>Stops sending updates about <paramref name="hash"/> to <paramref name="watcher"/>.</summary>
    public void Unwatch(Hash256 hash, Action<TxStatus> watcher)
    {
        lock (_lock)
        {
            if (_watchers.TryGetValue(hash, out var list) && list.Remove(watcher) && list.Count == 0)
            {
                _watchers.Remove(hash);
            }
        }
    }

    private void Revalidate(uint bestNumber)
    {
        List<PoolTransaction> batch;
        lock (_lock)
        {
            batch = [.. _state.All
                .Where(t => t.ValidatedAt < bestNumber)
                .OrderBy(t => bestNumber - t.ValidatedAt >= t.Longevity ? 0 : 1)
                .ThenBy(t => t.ValidatedAt)
                .Take(_state.Options.RevalidationBatch)];
        }

        if (batch.Count == 0)
        {
            return;
        }

        var verdicts = batch.Select(t => (Transaction: t, Validity: _chain.Validate(t.Bytes))).ToList();
        lock (_lock)
        {
            foreach (var (transaction, validity) in verdicts)
            {
                if (!_state.Contains(transaction.Hash))
                {
                    continue;
                }

                if (validity.Valid is { } valid)
                {
                    transaction.Priority = valid.Priority;
                    transaction.Longevity = valid.Longevity;
                    transaction.ValidatedAt = bestNumber;
                }
                else if (validity.Error is { IsUnknown: false } error && error.Variant != (byte)Runtime.InvalidTransactionKind.Future)
                {
                    _state.Remove(transaction);
                    _state.Ban(transaction.Hash);
                    Emit(transaction.Hash, TxStatus.Invalid);
                    TxPoolLog.RemovedInvalid(_logger, transaction.Hash);
                }
            }
        }
    }

    private AcceptTxResult? RunFilters(ITxFilter[] filters, PoolTransaction transaction)
    {
        foreach (var filter in filters)
        {
            if (filter.Accept(transaction, _state) is { } rejection)
            {
                return rejection;
            }
        }

        return null;
    }

    private AcceptTxResult Insert(PoolTransaction transaction)
    {
        if (transaction.Sender is { } sender && _state.Queue(sender)?.Find(transaction.Nonce) is { } existing)
        {
            _state.Replace(existing, transaction);
            Emit(existing.Hash, TxStatus.Usurped(transaction.Hash));
            return transaction.IsReady ? AcceptTxResult.Ready : AcceptTxResult.Future;
        }

        var promoted = _state.Add(transaction, transaction.AccountNonce);
        var evicted = new List<PoolTransaction>();
        while (_state.IsOverLimits && _state.EvictionCandidate() is { } victim)
        {
            _state.Remove(victim);
            if (victim == transaction)
            {
                foreach (var other in evicted)
                {
                    Emit(other.Hash, TxStatus.Dropped);
                }

                return AcceptTxResult.Dropped("the pool is full of transactions with at least its priority");
            }

            evicted.Add(victim);
        }

        foreach (var other in evicted)
        {
            Emit(other.Hash, TxStatus.Dropped);
        }

        foreach (var other in promoted.Where(t => t != transaction))
        {
            Emit(other.Hash, TxStatus.Ready);
        }

        return transaction.IsReady ? AcceptTxResult.Ready : AcceptTxResult.Future;
    }

    private void Watch(Hash256 hash, Action<TxStatus> watcher)
    {
        if (!_watchers.TryGetValue(hash, out var list))
        {
            _watchers[hash] = list = [];
        }

        list.Add(watcher);
    }

    private void Emit(Hash256 hash, TxStatus status)
    {
        if (!_watchers.TryGetValue(hash, out var list))
        {
            return;
        }

        foreach (var watcher in list.ToArray())
        {
            watcher(status);
        }

        if (status.IsFinal)
        {
            _watchers.Remove(hash);
        }
    }

    private AcceptTxResult Rejected(Hash256 hash, AcceptTxResult result)
    {
        TxPoolLog.Rejected(_logger, hash, result.Outcome, result.Detail ?? "");
        return result;
    }
}
