namespace Finney.Node.TxPool;

/// <summary>
/// One sender's transactions by nonce. Those whose nonces run consecutively from the account's on-chain
/// nonce (<see cref="BaseNonce"/>) are ready; the rest wait behind a gap (future).
/// </summary>
internal sealed class SenderQueue(uint baseNonce)
{
    private readonly SortedList<uint, PoolTransaction> _byNonce = [];

    /// <summary>The account's nonce at the best block.</summary>
    public uint BaseNonce { get; private set; } = baseNonce;

    public int Count => _byNonce.Count;

    public IList<PoolTransaction> InNonceOrder => _byNonce.Values;

    public PoolTransaction? Last => _byNonce.Count == 0 ? null : _byNonce.Values[^1];

    public PoolTransaction? Find(uint nonce) => _byNonce.GetValueOrDefault(nonce);

    /// <summary>True when a transaction with <paramref name="nonce"/> would be ready now.</summary>
    public bool WouldBeReady(uint nonce) => nonce == BaseNonce || (nonce > BaseNonce && _byNonce.GetValueOrDefault(nonce - 1) is { IsReady: true });

    public void Add(PoolTransaction transaction) => _byNonce[transaction.Nonce] = transaction;

    public void Remove(PoolTransaction transaction) => _byNonce.Remove(transaction.Nonce);

    /// <summary>Moves the base nonce; returns the transactions now below it (stale).</summary>
    public List<PoolTransaction> Rebase(uint baseNonce)
    {
        BaseNonce = baseNonce;
        var stale = new List<PoolTransaction>();
        while (_byNonce.Count > 0 && _byNonce.Keys[0] < baseNonce)
        {
            stale.Add(_byNonce.Values[0]);
            _byNonce.RemoveAt(0);
        }

        return stale;
    }

    /// <summary>Recomputes readiness; returns the transactions that became ready and those that became future.</summary>
    public (List<PoolTransaction> Promoted, List<PoolTransaction> Demoted) Recompute()
    {
        var promoted = new List<PoolTransaction>();
        var demoted = new List<PoolTransaction>();
        var expected = BaseNonce;
        foreach (var transaction in _byNonce.Values)
        {
            var ready = transaction.Nonce == expected;
            if (ready)
            {
                expected++;
            }

            if (ready && !transaction.IsReady)
            {
                promoted.Add(transaction);
            }
            else if (!ready && transaction.IsReady)
            {
                demoted.Add(transaction);
            }

            transaction.IsReady = ready;
        }

        return (promoted, demoted);
    }

    /// <summary>The nonce after the last ready transaction (<c>system_accountNextIndex</c>).</summary>
    public uint NextNonce()
    {
        var next = BaseNonce;
        while (_byNonce.ContainsKey(next))
        {
            next++;
        }

        return next;
    }
}
