using Finney.Node.Blocks;
using Finney.Node.Runtime;
using Finney.Storage;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Chain;

/// <summary>
/// The chain as the node's services see it: genesis on first start, the best and finalized tips, block
/// and state lookups, and the one place blocks are committed. Listeners hear about new best and finalized
/// blocks in commit order, on the importing thread.
/// </summary>
public sealed class Blockchain
{
    private readonly IChainStore _store;
    private readonly ILogger _logger;
    private ChainTip? _best;
    private ChainTip? _finalized;

    /// <summary>A chain over <paramref name="store"/>; call <see cref="Initialize"/> before use.</summary>
    public Blockchain(IChainStore store, IRuntimeApi runtime, ChainSpec spec, ILogger logger)
    {
        _store = store;
        Runtime = runtime;
        Spec = spec;
        _logger = logger;
    }

    /// <summary>Raised after a block is committed and became best.</summary>
    public event Action<ImportedBlock>? BlockImported;

    /// <summary>Raised after a block became finalized.</summary>
    public event Action<ChainTip>? BlockFinalized;

    /// <summary>The runtime the chain executes.</summary>
    public IRuntimeApi Runtime { get; }

    /// <summary>The chain specification.</summary>
    public ChainSpec Spec { get; }

    /// <summary>The database.</summary>
    public IChainStore Store => _store;

    /// <summary>The genesis block's hash.</summary>
    public Hash256 GenesisHash { get; private set; }

    /// <summary>The best block.</summary>
    public ChainTip Best => Volatile.Read(ref _best) ?? throw NotInitialized();

    /// <summary>The last finalized block.</summary>
    public ChainTip Finalized => Volatile.Read(ref _finalized) ?? throw NotInitialized();

    /// <summary>Creates genesis in an empty database, or resumes at the database's head.</summary>
    public void Initialize()
    {
        if (_store.Head is not { } head)
        {
            var prepared = _store.Prepare(null, Spec.GenesisStorage());
            var stateRoot = prepared.Root;
            var header = new BlockHeader(Hash256.Zero, 0, stateRoot, StateRoots.OfExtrinsics([]), []);
            var hash = header.Hash();
            _store.Commit(new Block(header, []), hash, prepared, finalize: true);
            ChainLog.Genesis(_logger, stateRoot.Short, hash.Short);
            head = (0, hash);
        }
        else
        {
            ChainLog.Resuming(_logger, head.Number, head.Hash.Short);
        }

        GenesisHash = _store.HashAt(0) ?? throw new InvalidOperationException("The database has a head but no genesis block.");
        var tip = new ChainTip(head.Number, head.Hash, _store.Header(head.Hash)!);
        Volatile.Write(ref _best, tip);
        var finalized = _store.Finalized ?? head;
        Volatile.Write(ref _finalized, new ChainTip(finalized.Number, finalized.Hash, _store.Header(finalized.Hash)!));
    }

    /// <summary>A header by hash, or null.</summary>
    public BlockHeader? Header(Hash256 hash) => _store.Header(hash);

    /// <summary>A block by hash, or null.</summary>
    public Block? Block(Hash256 hash) =>
        _store.Header(hash) is { } header && _store.Body(hash) is { } body ? new Block(header, body) : null;

    /// <summary>The hash of block <paramref name="number"/>, or null beyond the best.</summary>
    public Hash256? HashAt(uint number) => number <= Best.Number ? _store.HashAt(number) : null;

    /// <summary>The state after block <paramref name="hash"/>, or null when unknown or pruned.</summary>
    public IStateReader? StateAt(Hash256 hash) => _store.StateAt(hash);

    /// <summary>The best block with its state.</summary>
    public BlockState AtBest
    {
        get
        {
            var best = Best;
            return new BlockState(best.Number, best.Hash, _store.StateAt(best.Hash) ?? throw new InvalidOperationException("The best block has no state."));
        }
    }

    /// <summary>Block <paramref name="hash"/> with its state, or null when unknown or pruned.</summary>
    public BlockState? At(Hash256 hash) =>
        _store.Header(hash) is { } header && _store.StateAt(hash) is { } state ? new BlockState(header.Number, hash, state) : null;

    /// <summary>Commits a built, sealed block; it becomes best, and finalized when <paramref name="finalize"/>.</summary>
    /// <exception cref="InvalidOperationException">The block does not extend the best block.</exception>
    public void Import(Block block, Hash256 hash, PreparedState state, bool finalize)
    {
        var best = Best;
        if (block.Header.ParentHash != best.Hash || block.Header.Number != best.Number + 1)
        {
            throw new InvalidOperationException($"Block #{block.Header.Number} does not extend the best block #{best.Number}.");
        }

        _store.Commit(block, hash, state, finalize);
        var tip = new ChainTip(block.Header.Number, hash, block.Header);
        Volatile.Write(ref _best, tip);
        Raise(BlockImported, new ImportedBlock(block, hash, state.Changes));
        if (finalize)
        {
            Volatile.Write(ref _finalized, tip);
            Raise(BlockFinalized, tip);
        }
    }

    // One failing listener (a subscription) must neither stop the others nor the importing engine.
    private void Raise<T>(Action<T>? listeners, T argument)
    {
        if (listeners is null)
        {
            return;
        }

        foreach (var listener in listeners.GetInvocationList().Cast<Action<T>>())
        {
            try
            {
                listener(argument);
            }
#pragma warning disable CA1031 // listeners are RPC subscriptions; their failure is logged, the block stays imported
            catch (Exception e)
#pragma warning restore CA1031
            {
                ChainLog.ListenerFailed(_logger, e);
            }
        }
    }

    /// <summary>Finalizes block <paramref name="hash"/> of the chain; false when it is unknown or already final.</summary>
    public bool Finalize(Hash256 hash)
    {
        var header = _store.Header(hash);
        if (header is null || header.Number <= Finalized.Number || _store.HashAt(header.Number) != hash)
        {
            return false;
        }

        _store.SetFinalized(hash);
        var tip = new ChainTip(header.Number, hash, header);
        Volatile.Write(ref _finalized, tip);
        Raise(BlockFinalized, tip);
        return true;
    }

    private static InvalidOperationException NotInitialized() => new("The chain is not initialized.");
}
