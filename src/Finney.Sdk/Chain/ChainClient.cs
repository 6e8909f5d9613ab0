using System.Globalization;
using System.Text.Json;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Rpc;
using Finney.Rpc.Dto;
using Finney.Runtime;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;
using Finney.Sdk.Rpc;

namespace Finney.Sdk.Chain;

/// <summary>
/// Typed reads over one <see cref="RpcConnection"/>: headers, runtime version, storage decoded with the runtime's own
/// codecs, runtime API calls, events and head subscriptions. Block hashes are 0x hex strings as the RPC carries them.
/// </summary>
public sealed class ChainClient : IAsyncDisposable
{
    private byte[]? _genesisHash;

    /// <summary>Wraps an open connection; disposing the client closes it.</summary>
    public ChainClient(RpcConnection connection) => Connection = connection;

    /// <summary>The shared connection (for raw calls).</summary>
    public RpcConnection Connection { get; }

    /// <summary>Connects to a node.</summary>
    /// <exception cref="RpcConnectionException">Nothing answers at <paramref name="uri"/>.</exception>
    public static async Task<ChainClient> ConnectAsync(Uri uri, RpcConnectionOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await RpcConnection.ConnectAsync(uri, options, cancellationToken).ConfigureAwait(false));

    /// <summary>The genesis block's hash (cached after the first call).</summary>
    public async Task<byte[]> GenesisHashAsync()
    {
        _genesisHash ??= Hex.Decode(await BlockHashAsync(0).ConfigureAwait(false) ?? throw new RpcException("The node has no genesis block."));
        return _genesisHash;
    }

    /// <summary>The hash of block <paramref name="number"/> on the best chain, or null when there is none yet.</summary>
    public async Task<string?> BlockHashAsync(ulong number)
    {
        var result = await Connection.RequestAsync(RpcMethods.ChainGetBlockHash, number).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.String ? result.GetString() : null;
    }

    /// <summary>The header of <paramref name="blockHash"/>, or of the best block.</summary>
    public async Task<HeaderDto> HeaderAsync(string? blockHash = null)
    {
        var result = await Connection.RequestAsync(RpcMethods.ChainGetHeader, blockHash).ConfigureAwait(false);
        return result.Deserialize(RpcJsonContext.Default.HeaderDto) ?? throw new RpcException($"No header for block {blockHash ?? "best"}.");
    }

    /// <summary>The hash of the last finalized block.</summary>
    public async Task<string> FinalizedHeadAsync() =>
        (await Connection.RequestAsync(RpcMethods.ChainGetFinalizedHead).ConfigureAwait(false)).GetString()!;

    /// <summary>The block <paramref name="blockHash"/> with its extrinsics as hex.</summary>
    public async Task<SignedBlockDto> BlockAsync(string blockHash)
    {
        var result = await Connection.RequestAsync(RpcMethods.ChainGetBlock, blockHash).ConfigureAwait(false);
        return result.Deserialize(RpcJsonContext.Default.SignedBlockDto) ?? throw new RpcException($"No block {blockHash}.");
    }

    /// <summary>The runtime version at the best block.</summary>
    public async Task<RuntimeVersionDto> RuntimeVersionAsync()
    {
        var result = await Connection.RequestAsync(RpcMethods.StateGetRuntimeVersion).ConfigureAwait(false);
        return result.Deserialize(RpcJsonContext.Default.RuntimeVersionDto) ?? throw new RpcException("No runtime version.");
    }

    /// <summary>The raw value under a storage key, or null when absent.</summary>
    public async Task<byte[]?> StorageAsync(byte[] key, string? blockHash = null)
    {
        var result = await Connection.RequestAsync(RpcMethods.StateGetStorage, Hex.Encode(key), blockHash).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.String ? Hex.Decode(result.GetString()!) : null;
    }

    /// <summary>A storage value decoded with <paramref name="type"/>, or <paramref name="missing"/> when absent.</summary>
    public async Task<T> StorageAsync<T>(byte[] key, ScaleType<T> type, T missing, string? blockHash = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return await StorageAsync(key, blockHash).ConfigureAwait(false) is { } raw ? type.Decode(raw) : missing;
    }

    /// <summary>An account's nonce and balances (<c>System.Account</c>).</summary>
    public Task<AccountInfo> AccountAsync(AccountId32 account, string? blockHash = null) =>
        StorageAsync(SystemStorage.Account.KeyFor(account), AccountInfo.Type, AccountInfo.Empty, blockHash);

    /// <summary>The events of a block (<c>System.Events</c> at that block).</summary>
    public Task<EventRecord[]> EventsAsync(string blockHash) =>
        StorageAsync(SystemStorage.Events.Key, RuntimeTypes.EventRecords, [], blockHash);

    /// <summary>The next nonce of <paramref name="account"/>, counting transactions in the node's pool.</summary>
    public async Task<uint> NextNonceAsync(AccountId32 account)
    {
        var result = await Connection.RequestAsync(RpcMethods.SystemAccountNextIndex, account.ToSs58()).ConfigureAwait(false);
        return result.GetUInt32();
    }

    /// <summary>Calls a runtime API (<c>state_call</c>, e.g. <c>TransactionPaymentApi_query_info</c>) and returns its SCALE output.</summary>
    public async Task<byte[]> RuntimeCallAsync(string method, byte[] arguments, string? blockHash = null)
    {
        var result = await Connection.RequestAsync(RpcMethods.StateCall, method, Hex.Encode(arguments), blockHash).ConfigureAwait(false);
        return Hex.Decode(result.GetString()!);
    }

    /// <summary>New best heads as they are imported (resumed after a reconnect).</summary>
    public Task<RpcSubscription> SubscribeNewHeadsAsync() =>
        Connection.SubscribeAsync(RpcMethods.ChainSubscribeNewHeads, RpcMethods.ChainUnsubscribeNewHeads, resumable: true);

    /// <summary>Finalized heads (resumed after a reconnect).</summary>
    public Task<RpcSubscription> SubscribeFinalizedHeadsAsync() =>
        Connection.SubscribeAsync(RpcMethods.ChainSubscribeFinalizedHeads, RpcMethods.ChainUnsubscribeFinalizedHeads, resumable: true);

    /// <summary>The block number of a header as the RPC writes it (<c>"0x3e8"</c>).</summary>
    public static ulong NumberOf(HeaderDto header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return ulong.Parse(header.Number.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
