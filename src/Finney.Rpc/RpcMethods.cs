namespace Finney.Rpc;

/// <summary>
/// The JSON-RPC methods the node serves, by their canonical Substrate names, with the aliases Substrate
/// also answers to (and lists in <c>rpc_methods</c>: polkadot.js drops every method missing from that
/// list, and the Bittensor SDK calls <c>chain_getHead</c>, <c>state_getStorageAt</c> and
/// <c>account_nextIndex</c> by their alias names).
/// </summary>
public static class RpcMethods
{
#pragma warning disable CS1591 // the constant names are the documentation: each is the wire name in PascalCase
    public const string RpcMethodsList = "rpc_methods";

    public const string SystemName = "system_name";
    public const string SystemVersion = "system_version";
    public const string SystemChain = "system_chain";
    public const string SystemChainType = "system_chainType";
    public const string SystemProperties = "system_properties";
    public const string SystemHealth = "system_health";
    public const string SystemLocalPeerId = "system_localPeerId";
    public const string SystemLocalListenAddresses = "system_localListenAddresses";
    public const string SystemPeers = "system_peers";
    public const string SystemNodeRoles = "system_nodeRoles";
    public const string SystemSyncState = "system_syncState";
    public const string SystemAccountNextIndex = "system_accountNextIndex";

    public const string ChainGetBlockHash = "chain_getBlockHash";
    public const string ChainGetHeader = "chain_getHeader";
    public const string ChainGetBlock = "chain_getBlock";
    public const string ChainGetFinalizedHead = "chain_getFinalizedHead";
    public const string ChainSubscribeNewHeads = "chain_subscribeNewHeads";
    public const string ChainUnsubscribeNewHeads = "chain_unsubscribeNewHeads";
    public const string ChainSubscribeFinalizedHeads = "chain_subscribeFinalizedHeads";
    public const string ChainUnsubscribeFinalizedHeads = "chain_unsubscribeFinalizedHeads";
    public const string ChainSubscribeAllHeads = "chain_subscribeAllHeads";
    public const string ChainUnsubscribeAllHeads = "chain_unsubscribeAllHeads";

    public const string StateGetRuntimeVersion = "state_getRuntimeVersion";
    public const string StateSubscribeRuntimeVersion = "state_subscribeRuntimeVersion";
    public const string StateUnsubscribeRuntimeVersion = "state_unsubscribeRuntimeVersion";
    public const string StateGetMetadata = "state_getMetadata";
    public const string StateCall = "state_call";
    public const string StateGetStorage = "state_getStorage";
    public const string StateGetStorageHash = "state_getStorageHash";
    public const string StateGetStorageSize = "state_getStorageSize";
    public const string StateGetKeys = "state_getKeys";
    public const string StateGetKeysPaged = "state_getKeysPaged";
    public const string StateGetPairs = "state_getPairs";
    public const string StateGetReadProof = "state_getReadProof";
    public const string StateQueryStorage = "state_queryStorage";
    public const string StateQueryStorageAt = "state_queryStorageAt";
    public const string StateSubscribeStorage = "state_subscribeStorage";
    public const string StateUnsubscribeStorage = "state_unsubscribeStorage";

    public const string AuthorSubmitExtrinsic = "author_submitExtrinsic";
    public const string AuthorSubmitAndWatchExtrinsic = "author_submitAndWatchExtrinsic";
    public const string AuthorUnwatchExtrinsic = "author_unwatchExtrinsic";
    public const string AuthorPendingExtrinsics = "author_pendingExtrinsics";
    public const string AuthorRemoveExtrinsic = "author_removeExtrinsic";

    public const string PaymentQueryInfo = "payment_queryInfo";
    public const string PaymentQueryFeeDetails = "payment_queryFeeDetails";
#pragma warning restore CS1591

    /// <summary>Alias names per canonical method, exactly as Substrate registers them.</summary>
    public static IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]>
    {
        [SystemAccountNextIndex] = ["account_nextIndex"],
        [ChainGetBlockHash] = ["chain_getHead"],
        [ChainGetFinalizedHead] = ["chain_getFinalisedHead"],
        [ChainSubscribeNewHeads] = ["chain_subscribeNewHead", "subscribe_newHead"],
        [ChainUnsubscribeNewHeads] = ["chain_unsubscribeNewHead", "unsubscribe_newHead"],
        [ChainSubscribeFinalizedHeads] = ["chain_subscribeFinalisedHeads"],
        [ChainUnsubscribeFinalizedHeads] = ["chain_unsubscribeFinalisedHeads"],
        [StateGetRuntimeVersion] = ["chain_getRuntimeVersion"],
        [StateSubscribeRuntimeVersion] = ["chain_subscribeRuntimeVersion"],
        [StateUnsubscribeRuntimeVersion] = ["chain_unsubscribeRuntimeVersion"],
        [StateCall] = ["state_callAt"],
        [StateGetStorage] = ["state_getStorageAt"],
        [StateGetStorageHash] = ["state_getStorageHashAt"],
        [StateGetStorageSize] = ["state_getStorageSizeAt"],
        [StateGetKeysPaged] = ["state_getKeysPagedAt"],
    };

    /// <summary>The alias names of <paramref name="method"/>, or none.</summary>
    public static IReadOnlyList<string> AliasesOf(string method) => Aliases.TryGetValue(method, out var names) ? names : [];
}
