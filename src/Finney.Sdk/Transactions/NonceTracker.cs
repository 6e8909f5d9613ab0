using System.Collections.Concurrent;
using Finney.Primitives.Accounts;

namespace Finney.Sdk.Transactions;

/// <summary>
/// Hands out nonces for several in-flight transactions of one account: the next nonce is the larger of the node's
/// (<c>system_accountNextIndex</c>, which counts its pool) and one past the last handed out here, so transactions
/// signed faster than the pool admits them do not collide.
/// </summary>
public sealed class NonceTracker
{
    private readonly ConcurrentDictionary<AccountId32, Slot> _slots = new();

    /// <summary>The nonce for the next transaction of <paramref name="account"/>.</summary>
    /// <param name="account">The signer.</param>
    /// <param name="fromChain">Reads the node's next nonce.</param>
    public async Task<uint> NextAsync(AccountId32 account, Func<AccountId32, Task<uint>> fromChain)
    {
        ArgumentNullException.ThrowIfNull(fromChain);
        var slot = _slots.GetOrAdd(account, _ => new Slot());
        await slot.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var chain = await fromChain(account).ConfigureAwait(false);
            var next = slot.Next is { } local && local > chain ? local : chain;
            slot.Next = next + 1;
            return next;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Forgets the local count after a rejected transaction, so the next nonce comes from the node again.</summary>
    public void Reset(AccountId32 account)
    {
        if (!_slots.TryGetValue(account, out var slot))
        {
            return;
        }

        slot.Gate.Wait();
        slot.Next = null;
        slot.Gate.Release();
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public uint? Next { get; set; }
    }
}
