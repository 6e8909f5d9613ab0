using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class ResultCodecTests
{
    private static readonly IScaleCodec<Result<uint, string>> Codec = ScaleCodec.Result(ScaleCodec.U32, ScaleCodec.Str);

    [Fact]
    public void Encode_Ok_IsZeroThenValue() =>
        Hex.Encode(ScaleCodec.Encode(Codec, Result<uint, string>.Ok(42))).ShouldBe("0x002a000000");

    [Fact]
    public void Encode_Err_IsOneThenError() =>
        Hex.Encode(ScaleCodec.Encode(Codec, Result<uint, string>.Err("no"))).ShouldBe("0x01086e6f");

    [Fact]
    public void Decode_OkAndErr_ReturnsSides()
    {
        var ok = ScaleCodec.Decode(Codec, Hex.Decode("0x002a000000"));
        var err = ScaleCodec.Decode(Codec, Hex.Decode("0x01086e6f"));

        ok.IsOk.ShouldBeTrue();
        ok.OkValue.ShouldBe(42u);
        err.IsErr.ShouldBeTrue();
        err.ErrValue.ShouldBe("no");
    }

    [Fact]
    public void Decode_InvalidTag_Throws()
    {
        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Codec, Hex.Decode("0x022a000000")));

        ex.Message.ShouldBe("Result<u32, String>: invalid byte 0x02 at offset 0 (expected 0 for Ok or 1 for Err)");
    }

    [Fact]
    public void UnitOk_DispatchResultShape_EncodesTagOnly()
    {
        var codec = ScaleCodec.Result(ScaleCodec.Unit, ScaleCodec.U8);

        Hex.Encode(ScaleCodec.Encode(codec, Result<ValueTuple, byte>.Ok(default))).ShouldBe("0x00");
        Hex.Encode(ScaleCodec.Encode(codec, Result<ValueTuple, byte>.Err(7))).ShouldBe("0x0107");
        ScaleCodec.Decode(codec, [0]).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void Result_WrongSideAccess_Throws()
    {
        Should.Throw<InvalidOperationException>(() => Result<uint, string>.Ok(1).ErrValue);
        Should.Throw<InvalidOperationException>(() => Result<uint, string>.Err("x").OkValue);
    }

    [Fact]
    public void Result_Equality_ComparesSideAndValue()
    {
        (Result<int, int>.Ok(1) == Result<int, int>.Ok(1)).ShouldBeTrue();
        (Result<int, int>.Ok(1) != Result<int, int>.Err(1)).ShouldBeTrue();
        Result<int, int>.Err(2).ToString().ShouldBe("Err(2)");
    }
}
