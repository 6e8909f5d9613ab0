using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

/// <summary>A Rust-style enum with data and gaps in its indices, for the enum codec tests.</summary>
public abstract record Shape
{
    public static IScaleCodec<Shape> Codec { get; } = ScaleCodec.Enum<Shape>()
        .Variant(0, ScaleCodec.Map(ScaleCodec.U32, r => new Circle(r), c => c.Radius))
        .Variant(2, ScaleCodec.Map(ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U16), t => new Rect(t.Item1, t.Item2), r => (r.Width, r.Height)))
        .Variant(7, ScaleCodec.Map(ScaleCodec.Str, n => new Named(n), n => n.Name))
        .UnitVariant(9, Empty.Instance)
        .Build();

    public sealed record Circle(uint Radius) : Shape;

    public sealed record Rect(ushort Width, ushort Height) : Shape;

    public sealed record Named(string Name) : Shape;

    public sealed record Empty : Shape
    {
        public static Empty Instance { get; } = new();
    }

    public sealed record Unregistered : Shape;
}
