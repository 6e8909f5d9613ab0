namespace Finney.Storage.Trie;

/// <summary>
/// A state received as key ranges (<see cref="StateChunk"/>s, in order) and rebuilt into its trie as it arrives;
/// when the last chunk is in, the rebuilt root must equal the trusted state root, otherwise nothing of it is
/// usable. The database imports a complete one with <c>IStateDatabase.ImportState</c>.
/// </summary>
/// <remarks>
/// Unlike <see cref="StateDownload"/> a single chunk is not checked on arrival (it carries no proof), so a bad
/// peer is caught only at the end; the trade is far fewer round trips, since one chunk holds thousands of keys.
/// Intermediate trie nodes are kept in memory with reference counts, so memory stays near the final trie's size.
/// </remarks>
public sealed class StateChunkImport : ITrieNodeSource
{
    private readonly Dictionary<byte[], (byte[] Data, int Count)> _nodes = new(ByteKeyComparer.Instance);
    private readonly byte[] _expectedRoot;
    private byte[] _root = TrieRoot.EmptyRoot;
    private byte[]? _lastKey;
    private bool _ended;

    /// <summary>Starts importing the state whose root is <paramref name="expectedRoot"/>.</summary>
    public StateChunkImport(ReadOnlySpan<byte> expectedRoot)
    {
        if (expectedRoot.Length != TrieLayout.HashLength)
        {
            throw new ArgumentException("A state root is 32 bytes.", nameof(expectedRoot));
        }

        _expectedRoot = expectedRoot.ToArray();
    }

    /// <summary>The key to ask the next chunk after (null before the first chunk: from the start).</summary>
    public byte[]? ResumeAfter => (byte[]?)_lastKey?.Clone();

    /// <summary>Number of entries received.</summary>
    public long EntryCount { get; private set; }

    /// <summary>True when the last chunk arrived and the rebuilt root equals the expected one.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The state root being imported.</summary>
    public byte[] Root => (byte[])_expectedRoot.Clone();

    /// <summary>Adds the next chunk (the one after <see cref="ResumeAfter"/>).</summary>
    /// <exception cref="InvalidOperationException">The last chunk was already added.</exception>
    /// <exception cref="InvalidDataException">
    /// Keys are not strictly ascending after <see cref="ResumeAfter"/>, or the last chunk leaves a root other than
    /// the expected one (the source sent a wrong or incomplete state).
    /// </exception>
    public void Add(StateChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (_ended)
        {
            throw new InvalidOperationException("The last chunk was already added.");
        }

        var changes = new List<StateChange>(chunk.Entries.Count);
        foreach (var (key, value) in chunk.Entries)
        {
            if (_lastKey is not null && key.AsSpan().SequenceCompareTo(_lastKey) <= 0)
            {
                throw new InvalidDataException($"Chunk key {Convert.ToHexStringLower(key)} does not follow {Convert.ToHexStringLower(_lastKey)}: chunks must be in strictly ascending key order.");
            }

            changes.Add(new StateChange(key, value));
            _lastKey = key;
        }

        var updater = new TrieUpdater(this, _root, StateVersion.V1);
        updater.Apply(changes);
        var delta = updater.Commit();
        foreach (var (hash, change) in delta.Changes)
        {
            var count = (_nodes.TryGetValue(hash, out var stored) ? stored.Count : 0) + change.Added - change.Removed;
            if (count <= 0)
            {
                _nodes.Remove(hash);
            }
            else
            {
                // Cannot be null: a node with a positive count is either stored already or was added with its bytes.
                _nodes[hash] = (change.Data ?? stored.Data, count);
            }
        }

        _root = delta.Root;
        EntryCount += changes.Count;
        if (!chunk.IsLast)
        {
            return;
        }

        _ended = true;
        if (!_root.AsSpan().SequenceEqual(_expectedRoot))
        {
            throw new InvalidDataException($"The imported state has root 0x{Convert.ToHexStringLower(_root)}, not the expected 0x{Convert.ToHexStringLower(_expectedRoot)}: the source sent a wrong or incomplete state.");
        }

        IsComplete = true;
    }

    /// <inheritdoc />
    public byte[]? GetNode(ReadOnlySpan<byte> hash) =>
        _nodes.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(hash, out var node) ? node.Data : null;
}
