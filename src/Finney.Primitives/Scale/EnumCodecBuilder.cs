using Finney.Primitives.Scale.Codecs;

namespace Finney.Primitives.Scale;

/// <summary>
/// Declares a Rust enum with data — a tagged union — as a .NET class hierarchy: each variant is a subtype of
/// <typeparamref name="T"/> with its own codec, encoded as its one-byte index followed by its fields. Indices
/// may have gaps (runtime calls, events and errors use explicit <c>#[codec(index)]</c>s); decoding an index
/// that was not declared fails. Encoding picks the variant by the value's exact runtime type, so each variant
/// needs its own type. Get one from <see cref="ScaleCodec.Enum{T}"/>.
/// </summary>
/// <example>
/// <code>
/// abstract record Shape;
/// sealed record Circle(uint Radius) : Shape;
/// sealed record Empty : Shape { public static readonly Empty Instance = new(); }
///
/// static readonly IScaleCodec&lt;Shape&gt; ShapeCodec = ScaleCodec.Enum&lt;Shape&gt;()
///     .Variant(0, ScaleCodec.Map(ScaleCodec.U32, r =&gt; new Circle(r), c =&gt; c.Radius))
///     .UnitVariant(3, Empty.Instance)
///     .Build();
/// </code>
/// </example>
/// <typeparam name="T">The common base type of the variants.</typeparam>
public sealed class EnumCodecBuilder<T>
    where T : class
{
    private readonly string _name;
    private readonly List<EnumVariant<T>> _variants = [];

    internal EnumCodecBuilder(string name)
    {
        _name = name;
    }

    /// <summary>Adds a variant with fields, encoded by <paramref name="codec"/> after the index byte.</summary>
    /// <exception cref="ArgumentException">The index or the variant type is already declared.</exception>
    public EnumCodecBuilder<T> Variant<TVariant>(byte index, IScaleCodec<TVariant> codec)
        where TVariant : T
    {
        ArgumentNullException.ThrowIfNull(codec);
        return Add(new EnumVariant<T, TVariant>(index, codec));
    }

    /// <summary>Adds a variant without fields; decoding it returns <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The index or the variant type is already declared.</exception>
    public EnumCodecBuilder<T> UnitVariant<TVariant>(byte index, TVariant value)
        where TVariant : T
    {
        ArgumentNullException.ThrowIfNull(value);
        return Add(new EnumVariant<T, TVariant>(index, new ConstantCodec<TVariant>(value)));
    }

    /// <summary>The codec for the variants declared so far; later changes to the builder do not affect it.</summary>
    public IScaleCodec<T> Build() => new EnumCodec<T>(_name, _variants);

    private EnumCodecBuilder<T> Add(EnumVariant<T> variant)
    {
        foreach (var existing in _variants)
        {
            if (existing.Index == variant.Index)
            {
                throw new ArgumentException($"enum {_name}: variant index {variant.Index} is declared twice.", nameof(variant));
            }

            if (existing.Type == variant.Type)
            {
                throw new ArgumentException($"enum {_name}: type {variant.Type.Name} is declared for indices {existing.Index} and {variant.Index}.", nameof(variant));
            }
        }

        _variants.Add(variant);
        return this;
    }
}
