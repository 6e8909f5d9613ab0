namespace Finney.Storage;

/// <summary>
/// Changes on top of a base state, with nested transactions: what the runtime writes while it executes
/// a block. Reads see the changes first, then the base. A failed dispatch rolls its transaction back and
/// leaves the state as it was before the call; at the end of the block <see cref="Changes"/> lists the
/// net result in key order for the node to commit and to hash into the state root.
/// </summary>
public sealed class StateOverlay : IStateReader
{
    /// <summary>Deepest transaction nesting allowed (Substrate limits nesting too; ours only guards runaway recursion).</summary>
    public const int MaxTransactionDepth = 255;

    private readonly IStateReader _base;
    private readonly SortedSet<byte[]> _touched = new(OverlayKeyOrder.Instance);
    private readonly Dictionary<byte[], byte[]?> _values = new(ByteKeyComparer.Instance);
    private readonly Stack<List<JournalEntry>> _journals = new();

    /// <summary>An overlay with no changes over <paramref name="baseState"/>.</summary>
    public StateOverlay(IStateReader baseState) => _base = baseState;

    /// <summary>Number of open transactions.</summary>
    public int TransactionDepth => _journals.Count;

    /// <summary>Number of keys written or deleted so far.</summary>
    public int ChangeCount => _values.Count;

    /// <inheritdoc />
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        var lookup = _values.GetAlternateLookup<ReadOnlySpan<byte>>();
        return lookup.TryGetValue(key, out var value) ? value : _base.Get(key);
    }

    /// <summary>True when the key has a value.</summary>
    public bool Contains(ReadOnlySpan<byte> key) => Get(key) is not null;

    /// <inheritdoc />
    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        var lower = key.ToArray();
        byte[]? fromOverlay = null;
        foreach (var candidate in _touched.GetViewBetween(lower, OverlayKeyOrder.AfterEverything))
        {
            if (_values[candidate] is not null && ByteKeyComparer.Instance.Compare(candidate, lower) > 0)
            {
                fromOverlay = candidate;
                break;
            }
        }

        // Base keys the overlay touched are either deleted or already considered above.
        var fromBase = _base.NextKey(key);
        while (fromBase is not null && _values.ContainsKey(fromBase))
        {
            fromBase = _base.NextKey(fromBase);
        }

        if (fromOverlay is null)
        {
            return fromBase;
        }

        return fromBase is null || ByteKeyComparer.Instance.Compare(fromOverlay, fromBase) < 0 ? fromOverlay : fromBase;
    }

    /// <summary>Writes a value.</summary>
    public void Set(ReadOnlySpan<byte> key, byte[] value) => Write(key.ToArray(), value);

    /// <summary>Deletes a key (a no-op when it has no value).</summary>
    public void Remove(ReadOnlySpan<byte> key) => Write(key.ToArray(), null);

    /// <summary>Deletes every key that starts with <paramref name="prefix"/>; returns how many had a value.</summary>
    public int ClearPrefix(ReadOnlySpan<byte> prefix)
    {
        var keys = this.KeysWithPrefix(prefix, int.MaxValue);
        foreach (var key in keys)
        {
            Write(key, null);
        }

        return keys.Count;
    }

    /// <summary>Opens a nested transaction; every later write can be undone by <see cref="RollbackTransaction"/>.</summary>
    /// <exception cref="InvalidOperationException">More than <see cref="MaxTransactionDepth"/> transactions are open.</exception>
    public void StartTransaction()
    {
        if (_journals.Count >= MaxTransactionDepth)
        {
            throw new InvalidOperationException($"Storage transactions nest at most {MaxTransactionDepth} deep.");
        }

        _journals.Push([]);
    }

    /// <summary>Keeps the innermost transaction's writes; an outer rollback still undoes them.</summary>
    public void CommitTransaction()
    {
        var journal = PopJournal();
        if (_journals.TryPeek(out var outer))
        {
            outer.AddRange(journal);
        }
    }

    /// <summary>Undoes every write of the innermost transaction.</summary>
    public void RollbackTransaction()
    {
        var journal = PopJournal();
        for (var i = journal.Count - 1; i >= 0; i--)
        {
            var entry = journal[i];
            if (entry.WasTouched)
            {
                _values[entry.Key] = entry.Previous;
            }
            else
            {
                _values.Remove(entry.Key);
                _touched.Remove(entry.Key);
            }
        }
    }

    /// <summary>Runs <paramref name="body"/> in a transaction: committed when it returns true, rolled back when it returns false or throws.</summary>
    public T Transactional<T>(Func<T> body, Func<T, bool> commit)
    {
        StartTransaction();
        T result;
        try
        {
            result = body();
        }
        catch
        {
            RollbackTransaction();
            throw;
        }

        if (commit(result))
        {
            CommitTransaction();
        }
        else
        {
            RollbackTransaction();
        }

        return result;
    }

    /// <summary>The net changes in key order: a value to write, or null for a key to delete.</summary>
    /// <exception cref="InvalidOperationException">A transaction is still open.</exception>
    public IEnumerable<StateChange> Changes
    {
        get
        {
            if (_journals.Count > 0)
            {
                throw new InvalidOperationException("Changes are final only after every transaction is committed or rolled back.");
            }

            foreach (var key in _touched)
            {
                yield return new StateChange(key, _values[key]);
            }
        }
    }

    private void Write(byte[] key, byte[]? value)
    {
        if (_journals.TryPeek(out var journal))
        {
            var wasTouched = _values.TryGetValue(key, out var previous);
            journal.Add(new JournalEntry(key, wasTouched, previous));
        }

        _values[key] = value;
        _touched.Add(key);
    }

    private List<JournalEntry> PopJournal() =>
        _journals.TryPop(out var journal) ? journal : throw new InvalidOperationException("No storage transaction is open.");

    private readonly record struct JournalEntry(byte[] Key, bool WasTouched, byte[]? Previous);

    // Byte order with one sentinel above every key, so "all touched keys from k on" is a view.
    private sealed class OverlayKeyOrder : IComparer<byte[]>
    {
        public static readonly OverlayKeyOrder Instance = new();

        // A private instance: compared by reference, never by content (an empty array could be a shared singleton).
        public static readonly byte[] AfterEverything = new byte[1];

        public int Compare(byte[]? x, byte[]? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (ReferenceEquals(x, AfterEverything))
            {
                return 1;
            }

            return ReferenceEquals(y, AfterEverything) ? -1 : ByteKeyComparer.Instance.Compare(x, y);
        }
    }
}
