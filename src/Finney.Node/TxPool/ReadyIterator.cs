namespace Finney.Node.TxPool;

/// <summary>
/// Ready transactions best first for a block: highest priority, then longest waiting, each sender's in
/// nonce order. After a transaction is refused, <see cref="SkipSender"/> keeps that sender's later
/// nonces out of this block. A snapshot: the pool may change meanwhile.
/// </summary>
public sealed class ReadyIterator
{
    private readonly PriorityQueue<Cursor, (ulong, long)> _heads = new(Comparer<(ulong, long)>.Create((a, b) =>
        a.Item1 != b.Item1 ? b.Item1.CompareTo(a.Item1) : a.Item2.CompareTo(b.Item2)));

    private Cursor? _last;

    internal ReadyIterator(IEnumerable<IReadOnlyList<PoolTransaction>> chains)
    {
        foreach (var chain in chains)
        {
            if (chain.Count > 0)
            {
                Push(new Cursor(chain, 0));
            }
        }
    }

    /// <summary>The next best transaction, or false when none is left.</summary>
    public bool TryNext(out PoolTransaction transaction)
    {
        if (_last is { } last && last.Index + 1 < last.Chain.Count)
        {
            Push(last with { Index = last.Index + 1 });
        }

        _last = null;
        if (!_heads.TryDequeue(out var cursor, out _))
        {
            transaction = null!;
            return false;
        }

        _last = cursor;
        transaction = cursor.Current;
        return true;
    }

    /// <summary>Leaves the rest of the last returned transaction's sender out.</summary>
    public void SkipSender() => _last = null;

    private void Push(Cursor cursor) => _heads.Enqueue(cursor, (cursor.Current.Priority, cursor.Current.Sequence));

    private sealed record Cursor(IReadOnlyList<PoolTransaction> Chain, int Index)
    {
        public PoolTransaction Current => Chain[Index];
    }
}
