using Finney.Node.Blocks;
using Finney.Storage;
using Finney.Storage.Trie;

namespace Finney.Node.Chain;

/// <summary>
/// An in-memory <see cref="IChainStore"/>: every key keeps its value history by block number, so the
/// state of any block is a view without copies. For tests and throw-away chains; not crash-safe.
/// </summary>
public sealed class MemoryChainStore : IChainStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Hash256, (BlockHeader Header, IReadOnlyList<byte[]> Body)> _blocks = [];
    private readonly List<Hash256> _hashes = [];
    private readonly SortedDictionary<byte[], List<(uint Number, byte[]? Value)>> _history = new(ByteKeyComparer.Instance);
    private byte[][]? _sortedKeys;
    private (uint Number, Hash256 Hash)? _finalized;

    /// <inheritdoc />
    public (uint Number, Hash256 Hash)? Head
    {
        get
        {
            lock (_lock)
            {
                return _hashes.Count == 0 ? null : ((uint)_hashes.Count - 1, _hashes[^1]);
            }
        }
    }

    /// <inheritdoc />
    public (uint Number, Hash256 Hash)? Finalized
    {
        get
        {
            lock (_lock)
            {
                return _finalized;
            }
        }
    }

    /// <inheritdoc />
    public BlockHeader? Header(Hash256 hash)
    {
        lock (_lock)
        {
            return _blocks.TryGetValue(hash, out var block) ? block.Header : null;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<byte[]>? Body(Hash256 hash)
    {
        lock (_lock)
        {
            return _blocks.TryGetValue(hash, out var block) ? block.Body : null;
        }
    }

    /// <inheritdoc />
    public Hash256? HashAt(uint number)
    {
        lock (_lock)
        {
            return number < _hashes.Count ? _hashes[(int)number] : null;
        }
    }

    /// <inheritdoc />
    public IStateReader? StateAt(Hash256 hash)
    {
        lock (_lock)
        {
            return _blocks.TryGetValue(hash, out var block) ? new View(this, block.Header.Number) : null;
        }
    }

    /// <inheritdoc />
    /// <remarks>This store keeps no trie: it rebuilds the block's whole trie for each proof (fine for tests).</remarks>
    public IReadOnlyList<byte[]>? ReadProof(Hash256 hash, IReadOnlyList<byte[]> keys)
    {
        if (Header(hash) is not { } header || StateAt(hash) is not { } state)
        {
            return null;
        }

        var entries = new List<KeyValuePair<byte[], byte[]>>();
        for (var key = state.NextKey([]); key is not null; key = state.NextKey(key))
        {
            entries.Add(new(key, state.Get(key)!));
        }

        if (state.Get([]) is { } emptyKeyValue)
        {
            entries.Insert(0, new([], emptyKeyValue));
        }

        var trie = new StateChunkImport(header.StateRoot.ToArray());
        trie.Add(new StateChunk(entries, IsLast: true));
        return TrieProof.Record(trie, header.StateRoot.ToArray(), keys);
    }

    /// <inheritdoc />
    public PreparedState Prepare(Hash256? parent, IReadOnlyList<StateChange> changes) => new(parent, StateRoot(parent, changes), changes);

    /// <inheritdoc />
    public void SetFinalized(Hash256 hash)
    {
        lock (_lock)
        {
            if (_blocks.TryGetValue(hash, out var block))
            {
                _finalized = (block.Header.Number, hash);
            }
        }
    }

    private Hash256 StateRoot(Hash256? parent, IReadOnlyList<StateChange> changes)
    {
        var state = new MemoryState();
        if (parent is { } parentHash && StateAt(parentHash) is { } parentState)
        {
            for (var key = parentState.NextKey([]); key is not null; key = parentState.NextKey(key))
            {
                state.Apply(new StateChange(key, parentState.Get(key)));
            }
        }

        state.Apply(changes);
        return StateRoots.Of(state);
    }

    /// <inheritdoc />
    public void Commit(Block block, Hash256 hash, PreparedState state, bool finalize)
    {
        lock (_lock)
        {
            var number = block.Header.Number;
            if (number != _hashes.Count)
            {
                throw new InvalidOperationException($"Block #{number} does not follow the head #{_hashes.Count - 1}.");
            }

            if (state.Parent != (_hashes.Count == 0 ? null : _hashes[^1]))
            {
                throw new InvalidOperationException($"The state of block #{number} was prepared on another parent.");
            }

            foreach (var change in state.Changes)
            {
                if (!_history.TryGetValue(change.Key, out var versions))
                {
                    _history[change.Key] = versions = [];
                    _sortedKeys = null;
                }

                versions.Add((number, change.Value));
            }

            _blocks[hash] = (block.Header, block.Extrinsics);
            _hashes.Add(hash);
            if (finalize)
            {
                _finalized = (number, hash);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private byte[]? ValueAt(ReadOnlySpan<byte> key, uint number)
    {
        if (!_history.TryGetValue(key.ToArray(), out var versions))
        {
            return null;
        }

        for (var i = versions.Count - 1; i >= 0; i--)
        {
            if (versions[i].Number <= number)
            {
                return versions[i].Value;
            }
        }

        return null;
    }

    private byte[]? NextKeyAt(ReadOnlySpan<byte> key, uint number)
    {
        var keys = _sortedKeys ??= [.. _history.Keys];
        var next = SortedKeys.FirstAfter(keys, key);
        for (var i = next; i < keys.Length; i++)
        {
            if (ValueAt(keys[i], number) is not null)
            {
                return keys[i];
            }
        }

        return null;
    }

    private sealed class View(MemoryChainStore store, uint number) : IStateReader
    {
        public byte[]? Get(ReadOnlySpan<byte> key)
        {
            lock (store._lock)
            {
                return store.ValueAt(key, number);
            }
        }

        public byte[]? NextKey(ReadOnlySpan<byte> key)
        {
            lock (store._lock)
            {
                return store.NextKeyAt(key, number);
            }
        }
    }
}
