namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Result&lt;T, E&gt;</c>: <c>00</c> followed by the Ok value, or <c>01</c> followed by the error.</summary>
internal sealed class ResultCodec<TOk, TErr> : IScaleCodec<Result<TOk, TErr>>
{
    private readonly IScaleCodec<TOk> _ok;
    private readonly IScaleCodec<TErr> _err;

    public ResultCodec(IScaleCodec<TOk> ok, IScaleCodec<TErr> err)
    {
        _ok = ok;
        _err = err;
        TypeName = $"Result<{ok.TypeName}, {err.TypeName}>";
    }

    public string TypeName { get; }

    public int MinEncodedSize => 1 + Math.Min(_ok.MinEncodedSize, _err.MinEncodedSize);

    public void Encode(ScaleWriter writer, Result<TOk, TErr> value)
    {
        if (value.IsOk)
        {
            writer.WriteU8(0);
            _ok.Encode(writer, value.OkValue);
        }
        else
        {
            writer.WriteU8(1);
            _err.Encode(writer, value.ErrValue);
        }
    }

    public Result<TOk, TErr> Decode(ref ScaleReader reader)
    {
        var offset = reader.Position;
        return reader.ReadU8Of(TypeName) switch
        {
            0 => Result<TOk, TErr>.Ok(_ok.Decode(ref reader)),
            1 => Result<TOk, TErr>.Err(_err.Decode(ref reader)),
            var tag => InvalidTag(tag, offset),
        };
    }

    private Result<TOk, TErr> InvalidTag(byte tag, int offset)
    {
        ThrowHelper.InvalidByte(TypeName, tag, offset, "0 for Ok or 1 for Err");
        return default;
    }
}
