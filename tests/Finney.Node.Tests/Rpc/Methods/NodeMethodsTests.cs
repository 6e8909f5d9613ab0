using Finney.Node.Tests.Fakes;
using Finney.Primitives.Encoding;
using Finney.Rpc;
using static Finney.Node.Tests.TxPool.TestExtrinsics;

namespace Finney.Node.Tests.Rpc.Methods;

public sealed class NodeMethodsTests
{
    [Fact]
    public async Task RpcMethods_ListsEveryCanonicalMethodAndAlias()
    {
        using var node = new TestNode();
        var names = (await node.ResultAsync("rpc_methods"))!["methods"]!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet();
        foreach (var required in new[]
        {
            "chain_getBlockHash", "chain_getHead", "chain_getHeader", "chain_getBlock", "chain_getFinalizedHead", "chain_getFinalisedHead",
            "chain_subscribeNewHeads", "chain_subscribeNewHead", "subscribe_newHead", "chain_unsubscribeNewHead", "unsubscribe_newHead",
            "chain_subscribeFinalizedHeads", "chain_subscribeFinalisedHeads", "chain_subscribeAllHeads",
            "state_getRuntimeVersion", "chain_getRuntimeVersion", "state_subscribeRuntimeVersion", "chain_subscribeRuntimeVersion",
            "state_getMetadata", "state_call", "state_callAt", "state_getStorage", "state_getStorageAt", "state_queryStorageAt",
            "state_subscribeStorage", "state_unsubscribeStorage", "state_getKeysPaged", "state_getKeysPagedAt", "state_getKeys",
            "author_submitExtrinsic", "author_submitAndWatchExtrinsic", "author_unwatchExtrinsic", "author_pendingExtrinsics",
            "system_chain", "system_name", "system_version", "system_properties", "system_health", "system_accountNextIndex", "account_nextIndex",
            "payment_queryInfo", "rpc_methods",
        })
        {
            names.ShouldContain(required);
        }
    }

    [Fact]
    public async Task System_ReportsSubtensorsValues()
    {
        using var node = new TestNode();
        (await node.ResultAsync("system_chain"))!.GetValue<string>().ShouldBe("Bittensor");
        (await node.ResultAsync("system_name"))!.GetValue<string>().ShouldBe("Subtensor Node");
        var properties = (await node.ResultAsync("system_properties"))!;
        properties.ToJsonString().ShouldBe("""{"ss58Format":42,"tokenDecimals":9,"tokenSymbol":"TAO"}""");
        (await node.ResultAsync("system_health"))!.ToJsonString().ShouldBe("""{"peers":0,"isSyncing":false,"shouldHavePeers":false}""");
    }

    [Fact]
    public async Task GetBlockHash_GenesisBestAndBeyond()
    {
        using var node = new TestNode();
        node.AuthorBlock();
        var genesis = node.Node.Chain.GenesisHash.ToHex();
        (await node.ResultAsync("chain_getBlockHash", "[0]"))!.GetValue<string>().ShouldBe(genesis);
        (await node.ResultAsync("chain_getBlockHash", "[\"0x0\"]"))!.GetValue<string>().ShouldBe(genesis);
        (await node.ResultAsync("chain_getHead"))!.GetValue<string>().ShouldBe(node.Node.Chain.Best.Hash.ToHex());
        (await node.ResultAsync("chain_getBlockHash", "[null]"))!.GetValue<string>().ShouldBe(node.Node.Chain.Best.Hash.ToHex());
        (await node.ResultAsync("chain_getBlockHash", "[99]")).ShouldBeNull();
        (await node.ResultAsync("chain_getBlockHash", "[[0, 1, 2]]"))!.AsArray().Count.ShouldBe(3);
    }

    [Fact]
    public async Task GetHeader_HasAHexNumberAndHexDigestLogs()
    {
        using var node = new TestNode();
        node.AuthorBlock();
        var header = (await node.ResultAsync("chain_getHeader"))!;
        header["number"]!.GetValue<string>().ShouldBe("0x1");
        var logs = header["digest"]!["logs"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        logs.Count.ShouldBe(2);
        logs[0].ShouldStartWith("0x0661757261");
        logs[1].ShouldStartWith("0x0561757261");
        (await node.ResultAsync("chain_getHeader", $"[\"{Hex.Encode(new byte[32])}\"]")).ShouldBeNull();
    }

    [Fact]
    public async Task GetBlock_ServesExtrinsicsWithTheirLengthPrefixAndNullJustifications()
    {
        using var node = new TestNode();
        node.Node.Pool.Submit(Signed(1, 0));
        node.AuthorBlock();
        var block = (await node.ResultAsync("chain_getBlock"))!;
        block["justifications"].ShouldBeNull();
        block["block"]!["extrinsics"]!.AsArray()[1]!.GetValue<string>().ShouldBe(Hex.Encode(Signed(1, 0)));
    }

    [Fact]
    public async Task StorageReads_EchoKeysAndServeNullForMissingOnes()
    {
        using var node = new TestNode();
        var present = Hex.Encode("genesis"u8);
        (await node.ResultAsync("state_getStorage", $"[\"{present}\"]"))!.GetValue<string>().ShouldBe("0x01");
        (await node.ResultAsync("state_getStorageAt", $"[\"{present}\", null]"))!.GetValue<string>().ShouldBe("0x01");
        (await node.ResultAsync("state_getStorage", "[\"0x00\"]")).ShouldBeNull();
        var upper = present.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal);
        var sets = (await node.ResultAsync("state_queryStorageAt", $"[[\"{upper}\", \"0x00\"]]"))!.AsArray();
        sets.Count.ShouldBe(1);
        sets[0]!["changes"]!.ToJsonString().ShouldBe($"[[\"{upper}\",\"0x01\"],[\"0x00\",null]]");
    }

    [Fact]
    public async Task StorageAtUnknownBlock_IsAClientError()
    {
        using var node = new TestNode();
        var error = await node.ErrorAsync("state_getStorage", $"[\"0x00\", \"{Hex.Encode(new byte[32])}\"]");
        error["code"]!.GetValue<int>().ShouldBe(4003);
    }

    [Fact]
    public async Task GetKeysPaged_PagesStrictlyAfterTheStartKey()
    {
        using var node = new TestNode();
        for (byte i = 1; i <= 3; i++)
        {
            node.Node.Pool.Submit(Signed(i, 0));
        }

        node.AuthorBlock();
        var prefix = Hex.Encode("nonce"u8);
        var first = (await node.ResultAsync("state_getKeysPaged", $"[\"{prefix}\", 2, \"{prefix}\"]"))!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        first.Count.ShouldBe(2);
        var rest = (await node.ResultAsync("state_getKeysPagedAt", $"[\"{prefix}\", 2, \"{first[^1]}\", null]"))!.AsArray();
        rest.Count.ShouldBe(1);
        (await node.ErrorAsync("state_getKeysPaged", $"[\"{prefix}\", 1001]"))["code"]!.GetValue<int>().ShouldBe(4002);
    }

    [Fact]
    public async Task StateCall_AcceptsDataWithoutPrefixAndReportsMissingMethods()
    {
        using var node = new TestNode();
        (await node.ResultAsync("state_call", "[\"Core_version\", \"\"]"))!.GetValue<string>().ShouldStartWith("0x");
        (await node.ResultAsync("state_callAt", "[\"Core_version\", \"0x\", null]"))!.GetValue<string>().ShouldStartWith("0x");
        var error = await node.ErrorAsync("state_call", "[\"Metadata_metadata_at_version\", \"0f000000\"]");
        error["code"]!.GetValue<int>().ShouldBe(4003);
        error["message"]!.GetValue<string>().ShouldContain("Exported method Metadata_metadata_at_version is not found");
    }

    [Fact]
    public async Task RuntimeVersionAndMetadata_AreServed()
    {
        using var node = new TestNode();
        var version = (await node.ResultAsync("state_getRuntimeVersion"))!;
        version["specName"]!.GetValue<string>().ShouldBe("node-subtensor");
        version["apis"]!.AsArray()[0]!.ToJsonString().ShouldBe("[\"0xdf6acb689907609b\",5]");
        version["stateVersion"]!.GetValue<int>().ShouldBe(1);
        (await node.ResultAsync("state_getMetadata"))!.GetValue<string>().ShouldStartWith("0x6d657461");
    }

    [Fact]
    public async Task SubmitExtrinsic_ReturnsTheHashAndMapsRejectionsToSubstrateCodes()
    {
        using var node = new TestNode();
        var good = Signed(1, 0);
        (await node.ResultAsync("author_submitExtrinsic", $"[\"{Hex.Encode(good)}\"]"))!.GetValue<string>()
            .ShouldBe(Blocks.Hash256.Blake2(good).ToHex());

        var duplicate = await node.ErrorAsync("author_submitExtrinsic", $"[\"{Hex.Encode(good)}\"]");
        duplicate["code"]!.GetValue<int>().ShouldBe(RpcErrorCodes.AlreadyImported);
        duplicate["message"]!.GetValue<string>().ShouldBe("Transaction Already Imported");

        var badSignature = await node.ErrorAsync("author_submitExtrinsic", $"[\"{Hex.Encode(Signed(2, 0, marker: FakeRuntime.BadSignatureMarker))}\"]");
        badSignature["code"]!.GetValue<int>().ShouldBe(1010);
        badSignature["message"]!.GetValue<string>().ShouldBe("Invalid Transaction");
        badSignature["data"]!.GetValue<string>().ShouldBe("Transaction has a bad signature");

        var garbage = await node.ErrorAsync("author_submitExtrinsic", "[\"0x0102\"]");
        garbage["code"]!.GetValue<int>().ShouldBe(1001);

        node.AuthorBlock();
        var stale = await node.ErrorAsync("author_submitExtrinsic", $"[\"{Hex.Encode(Signed(1, 0, marker: 9))}\"]");
        stale["data"]!.GetValue<string>().ShouldBe("Transaction is outdated");

        var banned = await node.ErrorAsync("author_submitExtrinsic", $"[\"{Hex.Encode(good)}\"]");
        banned["code"]!.GetValue<int>().ShouldBe(1012);
    }

    [Fact]
    public async Task AccountNextIndex_CountsReadyPoolTransactions()
    {
        using var node = new TestNode();
        var address = Account(1).ToSs58();
        (await node.ResultAsync("system_accountNextIndex", $"[\"{address}\"]"))!.GetValue<uint>().ShouldBe(0u);
        node.Node.Pool.Submit(Signed(1, 0));
        node.Node.Pool.Submit(Signed(1, 1));
        (await node.ResultAsync("account_nextIndex", $"[\"{address}\"]"))!.GetValue<uint>().ShouldBe(2u);
        node.AuthorBlock();
        (await node.ResultAsync("account_nextIndex", $"[\"{Account(1).ToHex()}\"]"))!.GetValue<uint>().ShouldBe(2u);
    }

    [Fact]
    public async Task PendingExtrinsics_ListsThePool()
    {
        using var node = new TestNode();
        node.Node.Pool.Submit(Signed(1, 0));
        (await node.ResultAsync("author_pendingExtrinsics"))!.AsArray().Count.ShouldBe(1);
    }
}
