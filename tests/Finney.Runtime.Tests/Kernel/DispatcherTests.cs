using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;
using Finney.Runtime.Utility;
using Finney.Storage;
using FsCheck.Xunit;

namespace Finney.Runtime.Tests.Kernel;

public sealed class DispatcherTests
{
    private static readonly StorageValue<ulong> Counter = StorageValue<ulong>.WithDefault("Test", "Counter", Types.U64, 0);

    private static Externalities NewExternalities() => new(new StateOverlay(new MemoryState()));

    [Fact]
    public void StrayOverflow_BecomesArithmeticOverflow_AndRollsBack()
    {
        var ext = NewExternalities();
        var result = Dispatcher.Transactional(ext, () =>
        {
            Counter.Put(ext.State, 5);
            ext.DepositEvent(BatchCompleted.Instance);
            var max = ulong.MaxValue;
            _ = checked(max + Counter.Get(ext.State));
            return DispatchResult.Ok;
        });
        result.Error.ShouldBe(DispatchError.Arithmetic(ArithmeticError.Overflow));
        Counter.Exists(ext.State).ShouldBeFalse();
        ext.Events.ShouldBeEmpty();
        ext.State.TransactionDepth.ShouldBe(0);
    }

    [Fact]
    public void DivisionByZero_BecomesArithmeticDivisionByZero()
    {
        var ext = NewExternalities();
        var zero = Counter.Get(ext.State);
        Dispatcher.Transactional(ext, () => DispatchResult.OkWithWeight(new Weight(10 / zero, 0))).Error
            .ShouldBe(DispatchError.Arithmetic(ArithmeticError.DivisionByZero));
    }

    [Fact]
    public void OtherExceptions_RollBackAndPropagate()
    {
        var ext = NewExternalities();
        Should.Throw<InvalidOperationException>(() => Dispatcher.Transactional(ext, () =>
        {
            Counter.Put(ext.State, 1);
            throw new InvalidOperationException("bug");
        }));
        Counter.Exists(ext.State).ShouldBeFalse();
        ext.State.TransactionDepth.ShouldBe(0);
    }

    [Fact]
    public void NestedFailure_RollsBackOnlyTheInnerLayer()
    {
        var ext = NewExternalities();
        var outer = Dispatcher.Transactional(ext, () =>
        {
            Counter.Put(ext.State, 1);
            ext.DepositEvent(ItemCompleted.Instance);
            Dispatcher.Transactional(ext, () =>
            {
                Counter.Put(ext.State, 2);
                ext.DepositEvent(BatchCompleted.Instance);
                return DispatchError.Other;
            }).IsOk.ShouldBeFalse();
            return DispatchResult.Ok;
        });
        outer.IsOk.ShouldBeTrue();
        Counter.Get(ext.State).ShouldBe(1ul);
        ext.Events.Select(e => e.Event).ShouldBe([ItemCompleted.Instance]);
    }

    [Property]
    public bool DispatchError_RoundTrips(byte kind, byte index, uint error, byte sub)
    {
        var k = (DispatchErrorKind)(kind % 15);
        var value = k switch
        {
            DispatchErrorKind.Module => new DispatchError(k, index, error),
            DispatchErrorKind.Token => new DispatchError(k, SubError: (byte)(sub % 10)),
            DispatchErrorKind.Arithmetic => new DispatchError(k, SubError: (byte)(sub % 3)),
            DispatchErrorKind.Transactional => new DispatchError(k, SubError: (byte)(sub % 2)),
            DispatchErrorKind.Trie => new DispatchError(k, SubError: (byte)(sub % 14)),
            _ => new DispatchError(k),
        };
        return ScaleCodec.Decode(DispatchError.Codec, ScaleCodec.Encode(DispatchError.Codec, value)) == value;
    }

    [Fact]
    public void DispatchError_UndeclaredVariant_IsRejected()
    {
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(DispatchError.Codec, [15]));
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(DispatchError.Codec, [7, 10]));
    }

    [Fact]
    public void Phase_And_DispatchResult_EncodeAsSubstrate()
    {
        ScaleCodec.Encode(Phase.Codec, Phase.ApplyExtrinsic(2)).ShouldBe([0, 2, 0, 0, 0]);
        ScaleCodec.Encode(Phase.Codec, Phase.Finalization).ShouldBe([1]);
        ScaleCodec.Encode(Phase.Codec, Phase.Initialization).ShouldBe([2]);
        ScaleCodec.Encode(DispatchResult.ResultCodec, DispatchResult.Ok).ShouldBe([0]);
        ScaleCodec.Encode(DispatchResult.ResultCodec, DispatchResult.Fail(DispatchError.BadOrigin)).ShouldBe([1, 2]);
    }

    [Fact]
    public void PostDispatchInfo_CapsActualWeightAtDeclared_AndWaivesFees()
    {
        var info = DispatchInfo.Normal(new Weight(100, 10));
        new PostDispatchInfo(new Weight(50, 20)).ActualOf(info).ShouldBe(new Weight(50, 10));
        new PostDispatchInfo(null).ActualOf(info).ShouldBe(info.Weight);
        new PostDispatchInfo(null, Pays.No).PaysOf(info).ShouldBe(Pays.No);
        new PostDispatchInfo(null).PaysOf(info with { PaysFee = Pays.No }).ShouldBe(Pays.No);
    }
}
