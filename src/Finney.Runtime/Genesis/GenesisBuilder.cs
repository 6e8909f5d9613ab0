using Finney.Primitives.Scale;
using Finney.Runtime.Aura;
using Finney.Runtime.Balances;
using Finney.Runtime.Blocks;
using Finney.Runtime.Kernel;
using Finney.Runtime.Sudo;
using Finney.Runtime.System;
using Finney.Runtime.TransactionPayment;
using Finney.Storage;

namespace Finney.Runtime.Genesis;

/// <summary>The genesis state and header of a chain spec.</summary>
/// <param name="Changes">Every key of the genesis state, in key order.</param>
/// <param name="Header">The genesis header: state root of <paramref name="Changes"/> (layout V1), empty extrinsics root.</param>
public sealed record GenesisState(IReadOnlyList<StateChange> Changes, Header Header)
{
    /// <summary>The state as a <see cref="MemoryState"/>.</summary>
    public MemoryState ToMemoryState()
    {
        var state = new MemoryState();
        state.Apply(Changes);
        return state;
    }
}

/// <summary>Builds the genesis state as FRAME's genesis config does for each pallet.</summary>
public static class GenesisBuilder
{
    /// <summary>
    /// FRAME's placeholder for the hash of block 0 before the chain exists (<c>hash69</c>): the first block
    /// replaces it with the real genesis hash.
    /// </summary>
    public static readonly byte[] Hash69 = Enumerable.Repeat((byte)69, 32).ToArray();

    /// <summary>Builds the genesis state of <paramref name="spec"/>.</summary>
    /// <exception cref="InvalidOperationException">The spec endows an account with less than the existential deposit, or overflows issuance.</exception>
    public static GenesisState Build(ChainSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var overlay = new StateOverlay(new MemoryState());
        var ext = new Externalities(overlay);

        SystemStorage.BlockHash.Insert(overlay, 0, Hash69);
        SystemStorage.ParentHash.Put(overlay, Hash69);
        SystemStorage.UpgradedToU32RefCount.Put(overlay, true);
        SystemStorage.UpgradedToTripleRefCount.Put(overlay, true);
        overlay.Set(":extrinsic_index"u8, ScaleCodec.Encode(ScaleCodec.U32, 0u));

        AuraPallet.Authorities.Put(overlay, [.. spec.AuraAuthorities.Select(a => a.Bytes.ToArray())]);
        foreach (var (account, balance) in spec.Balances)
        {
            if (balance < BalancesPallet.ExistentialDeposit)
            {
                throw new InvalidOperationException($"genesis balance of {account} is below the existential deposit ({BalancesPallet.ExistentialDeposit} RAO).");
            }

            BalancesLedger.Endow(ext, account, balance);
        }

        TransactionPaymentPallet.NextFeeMultiplier.Put(overlay, TransactionPaymentPallet.MultiplierOne);
        if (spec.SudoKey is { } key)
        {
            SudoPallet.Key.Put(overlay, key);
        }

        var changes = overlay.Changes.ToList();
        var stateRoot = TrieRoots.StateRoot(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<byte[], byte[]>(c.Key, c.Value!)));
        var header = new Header(new byte[32], 0, stateRoot, TrieRoots.ExtrinsicsRoot([]), []);
        return new GenesisState(changes, header);
    }
}
