using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;

namespace Finney.Runtime.Tests.System;

public sealed class EncodingVectorTests
{
    [Fact]
    public void AccountInfo_EncodesAsTheVector()
    {
        var info = new AccountInfo(5, 0, 1, 0, AccountData.Empty with { Free = 1_000_000_000_000 });
        Hex.Encode(AccountInfo.Type.Encode(info)).ShouldBe("0x050000000000000001000000000000000010a5d4e80000000000000000000000000000000000000000000000000000000000000000000080");
        AccountInfo.Type.Decode(AccountInfo.Type.Encode(info)).ShouldBe(info);
    }

    [Fact]
    public void RuntimeDispatchInfo_EncodesAsTheVector()
    {
        using var writer = new ScaleWriter();
        Weight.Codec.Encode(writer, new Weight(123_456_789, 3593));
        writer.WriteU8((byte)DispatchClass.Normal);
        writer.WriteU64(125_000);
        Hex.Encode(writer.WrittenSpan).ShouldBe("0x56346f1d25380048e8010000000000");
    }

    [Fact]
    public void EventRecord_ExtrinsicSuccess_EncodesAsTheNote()
    {
        var record = new EventRecord(Phase.ApplyExtrinsic(1), new ExtrinsicSuccess(new DispatchInfo(new Weight(100, 0), DispatchClass.Normal, Pays.Yes)), []);
        Hex.Encode(RuntimeTypes.EventRecords.Encode([record])).ShouldBe("0x04" + "0001000000" + "0000" + "9101" + "00" + "00" + "00" + "00");
    }

    [Fact]
    public void DispatchError_Module_EncodesAsTheNote()
    {
        Hex.Encode(ScaleCodec.Encode(DispatchError.Codec, DispatchError.Module(5, 2))).ShouldBe("0x030502000000");
        ScaleCodec.Decode(DispatchError.Codec, Hex.Decode("0x030502000000")).ShouldBe(DispatchError.Module(5, 2));
    }

    [Fact]
    public void StorageKeys_AreSubstrates()
    {
        Hex.Encode(SystemStorage.Events.Key).ShouldBe("0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7");
        Hex.Encode(SystemStorage.Account.KeyFor(Testing.DevAccounts.Alice.AccountId)).ShouldBe("0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        Hex.Encode(Runtime.Balances.BalancesPallet.TotalIssuance.Key).ShouldBe("0xc2261276cc9d1f8598ea4b6a74b15c2f57c875e4cff74148e4628f264b974c80");
    }
}
