using System.Text.Json;
using System.Text.Json.Nodes;
using Finney.Primitives.Encoding;
using Finney.Runtime;
using Finney.Runtime.Balances;
using Finney.Runtime.Executive;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.System;
using Finney.Runtime.Utility;
using Finney.Testing;

namespace Finney.Conformance.Tests;

/// <summary>
/// Our generated metadata, extrinsics and events read by the real @polkadot/types 16.5.6: the proof that
/// polkadot.js can use this runtime.
/// </summary>
public sealed class MetadataConformanceTests
{
    private static readonly FinneyRuntime Runtime = FinneyRuntime.Instance;

    [Fact]
    public void V14_DecodesInPolkadotJs_WithSubtensorPalletsAndIndices()
    {
        var result = Check(Runtime.MetadataV14);
        result["version"]!.GetValue<int>().ShouldBe(14);
        Pallets(result).ShouldBe(["System:0", "Timestamp:2", "Aura:3", "Balances:5", "TransactionPayment:6", "Utility:11", "Sudo:12"]);
        result["warnings"]!.AsArray().Select(w => w!.GetValue<string>()).Where(w => !w.Contains("SubtensorTransactionExtension", StringComparison.Ordinal) && !w.Contains("SudoTransactionExtension", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void V14_CallsEventsStorageAndConstants_AreWhatClientsExpect()
    {
        var result = Check(Runtime.MetadataV14);
        var balances = Pallet(result, "Balances");
        var transfer = balances["calls"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "transfer_keep_alive")!;
        transfer["index"]!.GetValue<int>().ShouldBe(3);
        transfer["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["dest: MultiAddress", "value: Compact<u64>"]);
        balances["constants"]!["ExistentialDeposit"]!.GetValue<int>().ShouldBe(500);
        Pallet(result, "System")["constants"]!["SS58Prefix"]!.GetValue<int>().ShouldBe(42);
        Pallet(result, "System")["constants"]!["BlockHashCount"]!.GetValue<int>().ShouldBe(2400);
        Pallet(result, "Aura")["constants"]!["SlotDuration"]!.GetValue<int>().ShouldBe(12000);
        Pallet(result, "Timestamp")["constants"]!["MinimumPeriod"]!.GetValue<int>().ShouldBe(6000);
        var account = Pallet(result, "System")["storage"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Account")!;
        account["type"]!.GetValue<string>().ShouldStartWith("Blake2_128Concat: AccountId32 -> ");
        account["fallback"]!.GetValue<string>().ShouldEndWith("80");
        var events = Pallet(result, "System")["events"]!.AsArray().Select(e => $"{e!["index"]}:{e["name"]}").ToList();
        events.ShouldContain("0:ExtrinsicSuccess");
        events.ShouldContain("1:ExtrinsicFailed");
        result["signedExtensions"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(SignedExtensions.All.Select(e => e.Identifier));
    }

    [Fact]
    public void V15_DecodesInPolkadotJs_WithRuntimeApis()
    {
        var result = Check(Runtime.MetadataV15);
        result["version"]!.GetValue<int>().ShouldBe(15);
        var apis = result["apis"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        apis.ShouldContain("Metadata: metadata,metadata_at_version,metadata_versions");
        apis.ShouldContain("TransactionPaymentApi: query_info,query_fee_details,query_weight_to_fee,query_length_to_fee");
        apis.ShouldContain("AccountNonceApi: account_nonce");
        Pallets(result).ShouldBe(Pallets(Check(Runtime.MetadataV14)));
    }

    [Fact]
    public void SignedExtrinsic_DecodesInPolkadotJs()
    {
        using var chain = new TestRuntime().WithDevBalances(1_000 * TestRuntime.Tao).Build();
        var xt = chain.Sign(DevAccounts.Alice, new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), 1_000_000_000), nonce: 7, tip: 3, era: Era.Mortal(64, 1));
        var result = Check(Runtime.MetadataV14, new { extrinsic = Hex.Encode(xt) })["extrinsic"]!;
        result["isSigned"]!.GetValue<bool>().ShouldBeTrue();
        result["signer"]!.GetValue<string>().ShouldBe(DevAccounts.Alice.AccountId.ToSs58());
        result["section"]!.GetValue<string>().ShouldBe("balances");
        result["method"]!.GetValue<string>().ShouldBe("transferKeepAlive");
        result["nonce"]!.GetValue<int>().ShouldBe(7);
        result["tip"]!.GetValue<string>().ShouldBe("3");
        result["hash"]!.GetValue<string>().ShouldBe(Hex.Encode(UncheckedExtrinsic.Decode(xt).Hash()));
    }

    [Fact]
    public void BlockEvents_DecodeInPolkadotJs_WithPhasesAndModuleErrors()
    {
        using var chain = new TestRuntime().WithDevBalances(1_000 * TestRuntime.Tao).Build();
        var transfer = chain.Sign(DevAccounts.Bob, new TransferAllowDeath(MultiAddress.Id(DevAccounts.Charlie.AccountId), 2 * TestRuntime.Tao));
        var nested = chain.Sign(DevAccounts.Dave, new Batch([new Batch([])]));
        chain.ProduceBlock(transfer, nested);
        var events = Check(Runtime.MetadataV14, new { events = Hex.Encode(SystemStorage.Events.Key is var key ? chain.State.Get(key)! : []) })["events"]!.AsArray();
        var summary = events.Select(e => $"{e!["phase"]!.ToJsonString()} {e["section"]}.{e["method"]}").ToList();
        summary.ShouldBe([
            """{"applyExtrinsic":0} system.ExtrinsicSuccess""",
            """{"applyExtrinsic":1} balances.Withdraw""",
            """{"applyExtrinsic":1} balances.Transfer""",
            """{"applyExtrinsic":1} balances.Deposit""",
            """{"applyExtrinsic":1} balances.Deposit""",
            """{"applyExtrinsic":1} transactionPayment.TransactionFeePaid""",
            """{"applyExtrinsic":1} system.ExtrinsicSuccess""",
            """{"applyExtrinsic":2} balances.Withdraw""",
            """{"applyExtrinsic":2} balances.Deposit""",
            """{"applyExtrinsic":2} balances.Deposit""",
            """{"applyExtrinsic":2} transactionPayment.TransactionFeePaid""",
            """{"applyExtrinsic":2} system.ExtrinsicFailed""",
        ]);
        events[^1]!["error"]!.GetValue<string>().ShouldBe("system.CallFiltered");
    }

    [Fact]
    public void AccountInfo_DecodesInPolkadotJs()
    {
        var info = new AccountInfo(5, 0, 1, 0, AccountData.Empty with { Free = 1_000_000_000_000 });
        var result = Check(Runtime.MetadataV14, new { accountInfo = Hex.Encode(AccountInfo.Type.Encode(info)) })["accountInfo"]!;
        result["nonce"]!.GetValue<int>().ShouldBe(5);
        result["data"]!["free"]!.GetValue<long>().ShouldBe(1_000_000_000_000);
    }

    private static JsonNode Check(byte[] metadata, object? extra = null)
    {
        var request = new JsonObject { ["metadata"] = Hex.Encode(metadata) };
        if (extra is not null)
        {
            foreach (var (k, v) in JsonSerializer.SerializeToNode(extra)!.AsObject().ToList())
            {
                request[k] = v?.DeepClone();
            }
        }

        return JsScript.Run("metadata-check.mjs", request);
    }

    private static List<string> Pallets(JsonNode result) =>
        result["pallets"]!.AsArray().Select(p => $"{p!["name"]}:{p["index"]}").ToList();

    private static JsonNode Pallet(JsonNode result, string name) =>
        result["pallets"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;
}
