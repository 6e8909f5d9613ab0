using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;
using Finney.Runtime.Api;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.TransactionPayment;
using Finney.Testing;

namespace Finney.Runtime.Tests.Api;

public sealed class RuntimeApiTests
{
    private const ulong Tao = TestRuntime.Tao;

    private static TestChain Chain() => new TestRuntime().WithDevBalances(100 * Tao).Build();

    private static byte[] Call(TestChain chain, string method, byte[] input)
    {
        var result = chain.Runtime.Call(chain.State, chain.Head, method, input);
        result.Error.ShouldBeNull();
        return result.Output!;
    }

    [Fact]
    public void CoreVersion_IsTheRuntimeVersion_WithEveryDeclaredApi()
    {
        using var chain = Chain();
        var version = RuntimeVersion.Type.Decode(Call(chain, "Core_version", []));
        version.SpecName.ShouldBe("node-subtensor");
        version.ImplName.ShouldBe("node-subtensor");
        version.SpecVersion.ShouldBe(RuntimeVersion.FinneySpecVersion);
        version.TransactionVersion.ShouldBe(1u);
        version.SystemVersion.ShouldBe((byte)1);
        version.Apis.Select(a => Hex.Encode(a.Id)).ShouldContain("0x37e397fc7c91f5e4");
        version.Apis.Single(a => Hex.Encode(a.Id) == "0xdf6acb689907609b").Version.ShouldBe(5u);
        version.Apis.Single(a => Hex.Encode(a.Id) == "0x37c8bb1350a9a2a8").Version.ShouldBe(4u);
        version.Apis.Single(a => Hex.Encode(a.Id) == "0xbc9d89904f5b923f").Version.ShouldBe(1u);
        Call(chain, "Core_version", []).ShouldBe(Runtime.System.SystemConstants.Version);
    }

    [Fact]
    public void Metadata_VersionsAndAtVersion()
    {
        using var chain = Chain();
        Hex.Encode(Call(chain, "Metadata_metadata_versions", [])).ShouldBe("0x080e0000000f000000");
        var v15 = Call(chain, "Metadata_metadata_at_version", [15, 0, 0, 0]);
        v15[0].ShouldBe((byte)1);
        ScaleCodec.Decode(ScaleCodec.Bytes, v15.AsSpan(1)).ShouldBe(chain.Runtime.MetadataV15);
        Call(chain, "Metadata_metadata_at_version", [16, 0, 0, 0]).ShouldBe([0]);
        ScaleCodec.Decode(ScaleCodec.Bytes, Call(chain, "Metadata_metadata", [])).ShouldBe(chain.Runtime.MetadataV14);
    }

    [Fact]
    public void AccountNonce_IsTheStoredNonce()
    {
        using var chain = Chain();
        chain.ProduceBlock(chain.Sign(DevAccounts.Alice, new Runtime.System.Remark([])));
        Call(chain, "AccountNonceApi_account_nonce", DevAccounts.Alice.AccountId.Bytes.ToArray()).ShouldBe([1, 0, 0, 0]);
        Call(chain, "AccountNonceApi_account_nonce", DevAccounts.Account("Nobody").Bytes.ToArray()).ShouldBe([0, 0, 0, 0]);
    }

    [Fact]
    public void QueryInfo_OfASignedTransfer_IsItsWeightClassAndFee()
    {
        using var chain = Chain();
        var call = new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), Tao);
        var xt = chain.Sign(DevAccounts.Alice, call, tip: 1_000);
        var output = Call(chain, "TransactionPaymentApi_query_info", [.. xt, .. BitConverter.GetBytes((uint)xt.Length)]);
        var reader = new ScaleReader(output);
        Weight.Codec.Decode(ref reader).ShouldBe(call.GetDispatchInfo().Weight);
        reader.ReadU8().ShouldBe((byte)DispatchClass.Normal);
        reader.ReadU64().ShouldBe(Fees.Compute((uint)xt.Length, call.GetDispatchInfo(), 0).Total);
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Fact]
    public void QueryFeeDetails_SplitsTheFee()
    {
        using var chain = Chain();
        var call = new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), Tao);
        var xt = chain.Sign(DevAccounts.Alice, call);
        var reader = new ScaleReader(Call(chain, "TransactionPaymentApi_query_fee_details", [.. xt, .. BitConverter.GetBytes((uint)xt.Length)]));
        reader.ReadU8().ShouldBe((byte)1);
        reader.ReadU64().ShouldBe(Fees.WeightToFee(RuntimeConstants.BaseExtrinsicWeight));
        reader.ReadU64().ShouldBe((ulong)xt.Length);
        reader.ReadU64().ShouldBe(Fees.WeightToFee(call.GetDispatchInfo().Weight));
        reader.ReadU64().ShouldBe(0ul);
    }

    [Fact]
    public void WeightToFee_IsHalfARaoPerThousandRefTime_RoundedToNearest()
    {
        Fees.WeightToFee(new Weight(2_000, 0)).ShouldBe(1ul);
        Fees.WeightToFee(new Weight(1_000, 0)).ShouldBe(0ul);
        Fees.WeightToFee(new Weight(1_001, 0)).ShouldBe(1ul);
        Fees.WeightToFee(new Weight(123_456_789, 0)).ShouldBe(61_728ul);
        using var chain = Chain();
        Call(chain, "TransactionPaymentApi_query_length_to_fee", [100, 0, 0, 0]).ShouldBe(ScaleCodec.Encode(ScaleCodec.U64, 100ul));
    }

    [Fact]
    public void ValidateTransaction_ReturnsTransactionValidity()
    {
        using var chain = Chain();
        var xt = chain.Sign(DevAccounts.Alice, new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), Tao));
        var output = Call(chain, "TaggedTransactionQueue_validate_transaction", [(byte)TransactionSource.External, .. xt, .. chain.Head.Hash]);
        output[0].ShouldBe((byte)0);
        var bad = (byte[])xt.Clone();
        bad[50] ^= 1;
        var invalid = Call(chain, "TaggedTransactionQueue_validate_transaction", [(byte)TransactionSource.External, .. bad, .. chain.Head.Hash]);
        Hex.Encode(invalid).ShouldBe("0x010004");
    }

    [Fact]
    public void InherentExtrinsics_BuildsTheTimestampInherent()
    {
        using var chain = Chain();
        var data = (byte[])[4, .. "timstap0"u8.ToArray(), 32, .. BitConverter.GetBytes(1_700_000_000_000ul)];
        var output = Call(chain, "BlockBuilder_inherent_extrinsics", data);
        output.ShouldBe([4, .. FinneyRuntime.TimestampInherent(1_700_000_000_000)]);
    }

    [Fact]
    public void AuraApi_GivesSlotDurationAndAuthorities()
    {
        using var chain = Chain();
        Call(chain, "AuraApi_slot_duration", []).ShouldBe(ScaleCodec.Encode(ScaleCodec.U64, 12_000ul));
        Call(chain, "AuraApi_authorities", []).ShouldBe([4, .. DevAccounts.Alice.AccountId.Bytes.ToArray()]);
    }

    [Fact]
    public void UnknownMethod_IsSubstratesNotFoundError()
    {
        using var chain = Chain();
        chain.Runtime.Call(chain.State, chain.Head, "Nope_nothing", []).Error.ShouldBe("Exported method Nope_nothing is not found");
    }

    [Fact]
    public void UndecodableOrTrailingInput_IsAnError()
    {
        using var chain = Chain();
        chain.Runtime.Call(chain.State, chain.Head, "AccountNonceApi_account_nonce", [1, 2]).Error.ShouldNotBeNull();
        chain.Runtime.Call(chain.State, chain.Head, "Core_version", [1]).Error.ShouldNotBeNull();
    }

    [Fact]
    public void ExecuteBlock_AcceptsABuiltBlock()
    {
        using var chain = Chain();
        var parent = chain.State;
        var parentRef = chain.Head;
        var (built, _) = chain.ProduceBlock(chain.Sign(DevAccounts.Alice, new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), Tao)));
        var block = new Runtime.Blocks.Block(built.Header, built.Extrinsics).Encode();
        chain.Runtime.Call(parent, parentRef, "Core_execute_block", block).Error.ShouldBeNull();
        block[70] ^= 1; // in the extrinsics root (the state root is the node's to check)
        chain.Runtime.Call(parent, parentRef, "Core_execute_block", block).Error.ShouldNotBeNull();
    }

    [Fact]
    public void ApplyExtrinsic_DryRunsInAChildBlock()
    {
        using var chain = Chain();
        var xt = chain.Sign(DevAccounts.Alice, new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), Tao));
        Call(chain, "BlockBuilder_apply_extrinsic", xt).ShouldBe([0, 0]);
        chain.Free(DevAccounts.Bob.AccountId).ShouldBe(100 * Tao);
    }
}
