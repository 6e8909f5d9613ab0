using Finney.Primitives.Accounts;
using Finney.Primitives.Keys;
using Finney.Runtime;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Genesis;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;
using Finney.Runtime.Utility;
using Finney.Storage;

namespace Finney.Testing;

/// <summary>
/// A chain in memory for tests: dispatch calls directly from any origin (no fees), or produce real blocks from
/// signed extrinsics; inspect balances and events. Disposing checks the invariants (total issuance equals the
/// sum of all balances), as FRAME tests end with <c>ensure_ti_valid</c>.
/// </summary>
public sealed class TestChain : IDisposable
{
    private readonly FinneyRuntime _runtime;
    private ulong _timestamp = 1_700_000_004_000;

    internal TestChain(FinneyRuntime runtime, ChainSpec spec)
    {
        _runtime = runtime;
        var genesis = runtime.BuildGenesis(spec);
        State = genesis.ToMemoryState();
        Head = new BlockRef(0, genesis.Header.Hash());
        GenesisHash = Head.Hash;
    }

    /// <summary>The current state.</summary>
    public MemoryState State { get; private set; }

    /// <summary>The best block.</summary>
    public BlockRef Head { get; private set; }

    /// <summary>The genesis block hash.</summary>
    public byte[] GenesisHash { get; }

    /// <summary>Events of the last dispatch or block.</summary>
    public IReadOnlyList<EventRecord> LastEvents { get; private set; } = [];

    /// <summary>The runtime.</summary>
    public FinneyRuntime Runtime => _runtime;

    /// <summary>The last event of the last dispatch or block.</summary>
    public RuntimeEvent? LastEvent => LastEvents.Count > 0 ? LastEvents[^1].Event : null;

    /// <summary>An account's free balance.</summary>
    public ulong Free(AccountId32 who) => SystemStorage.Account.Get(State, who).Data.Free;

    /// <summary>An account's record.</summary>
    public AccountInfo Account(AccountId32 who) => SystemStorage.Account.Get(State, who);

    /// <summary>Total issuance.</summary>
    public ulong TotalIssuance => BalancesPallet.TotalIssuance.Get(State);

    /// <summary>Dispatches a call from an origin directly (no signature, no fee), committing its effects.</summary>
    public DispatchResult Dispatch(RuntimeCall call, Origin origin)
    {
        var overlay = new StateOverlay(State);
        var ext = new Externalities(overlay) { CallFilter = UtilityPallet.NoNestingFilter, Phase = Phase.ApplyExtrinsic(0) };
        var result = Dispatcher.Dispatch(call, origin, ext);
        LastEvents = [.. ext.Events];
        var next = State.Clone();
        next.Apply(overlay.Changes);
        State = next;
        return result;
    }

    /// <summary>Dispatches from a signed origin.</summary>
    public DispatchResult Dispatch(RuntimeCall call, AccountId32 signer) => Dispatch(call, Origin.Signed(signer));

    /// <summary>
    /// FRAME's <c>assert_noop!</c>: the call fails with <paramref name="expected"/> and leaves storage exactly as it was.
    /// </summary>
    public void AssertNoop(RuntimeCall call, Origin origin, DispatchError expected)
    {
        var before = State.Entries.Select(e => (Convert.ToHexString(e.Key), Convert.ToHexString(e.Value))).ToList();
        var result = Dispatch(call, origin);
        if (result.Error != expected)
        {
            throw new TestRuntimeException($"expected {expected}, got {(result.IsOk ? "success" : result.Error.ToString())}");
        }

        var after = State.Entries.Select(e => (Convert.ToHexString(e.Key), Convert.ToHexString(e.Value))).ToList();
        if (!before.SequenceEqual(after))
        {
            throw new TestRuntimeException("the failed call changed storage");
        }

        if (LastEvents.Count > 0)
        {
            throw new TestRuntimeException("the failed call left events");
        }
    }

    /// <summary>Signs <paramref name="call"/> for the next block with the account's current nonce (or the given one).</summary>
    public byte[] Sign(IKeyPair key, RuntimeCall call, uint? nonce = null, ulong tip = 0, Era? era = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var chosenEra = era ?? Era.Immortal;
        var birth = chosenEra.Birth(Head.Number + 1UL);
        var birthHash = SystemStorage.BlockHash.Get(State, (uint)birth);
        if (birth == Head.Number)
        {
            birthHash = Head.Hash;
        }

        if (birth == 0)
        {
            birthHash = GenesisHash;
        }

        var version = _runtime.Version;
        return UncheckedExtrinsic.Sign(
            key,
            call,
            new SignedExtra(chosenEra, nonce ?? Account(key.AccountId).Nonce, tip),
            new SignedImplicit(version.SpecVersion, version.TransactionVersion, GenesisHash, birthHash));
    }

    /// <summary>Validates a transaction against the head, as the pool would.</summary>
    public TransactionCheck Validate(byte[] extrinsic) => _runtime.ValidateTransaction(State, Head, extrinsic);

    /// <summary>
    /// Builds and imports a block with the timestamp inherent and <paramref name="extrinsics"/>; returns each
    /// extrinsic's outcome. The state root stays zero (tests need no trie).
    /// </summary>
    public (BuiltBlock Block, IReadOnlyList<ApplyOutcome> Outcomes) ProduceBlock(params byte[][] extrinsics)
    {
        ArgumentNullException.ThrowIfNull(extrinsics);
        _timestamp = _runtime.NextTimestamp(State, _timestamp + 12_000);
        var builder = _runtime.BuildBlock(State, Head, _timestamp);
        var outcomes = extrinsics.Select(builder.Apply).ToList();
        var built = builder.Finish();
        var next = State.Clone();
        next.Apply(built.Changes);
        State = next;
        Head = new BlockRef(built.Header.Number, built.Header.Hash());
        LastEvents = built.Events;
        return (built, outcomes);
    }

    /// <summary>Total issuance equals the sum of free and reserved balances of all accounts.</summary>
    public void CheckInvariants()
    {
        ulong sum = 0;
        foreach (var (_, info) in SystemStorage.Account.Iterate(State))
        {
            sum = checked(sum + info.Data.Free + info.Data.Reserved);
        }

        if (sum != TotalIssuance)
        {
            throw new TestRuntimeException($"total issuance {TotalIssuance} != sum of balances {sum}");
        }
    }

    /// <summary>Checks the invariants.</summary>
    public void Dispose() => CheckInvariants();
}

/// <summary>A test-runtime assertion failed.</summary>
public sealed class TestRuntimeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TestRuntimeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TestRuntimeException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TestRuntimeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
