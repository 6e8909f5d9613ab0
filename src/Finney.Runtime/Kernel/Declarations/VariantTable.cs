using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Kernel.Declarations;

/// <summary>A pallet's call or event enum, as the runtime's outer enums and the metadata see it.</summary>
public interface IVariantTable
{
    /// <summary>The common base type of the variants' records.</summary>
    Type BaseType { get; }

    /// <summary>The metadata type (a variant type whose indices are the call/event indices).</summary>
    MetaType Meta { get; }

    /// <summary>The concrete record type of each variant.</summary>
    IReadOnlyList<Type> VariantTypes { get; }

    /// <summary>Encodes a value of the base type: variant index, then fields.</summary>
    void EncodeBoxed(ScaleWriter writer, object value);

    /// <summary>Decodes one value.</summary>
    object DecodeBoxed(ref ScaleReader reader);
}

/// <summary>
/// Declares a pallet's calls or events: one entry per variant with its index, wire name, fields (in wire order)
/// and the record type that holds them. The same declaration yields the codec and the metadata type, and the
/// record type's <c>///</c> docs become the variant's docs.
/// </summary>
/// <typeparam name="TBase">The pallet's call or event base record.</typeparam>
public sealed class VariantTable<TBase> : IVariantTable
    where TBase : class
{
    private readonly EnumCodecBuilder<TBase> _codec;
    private readonly List<VariantInfo> _variants = [];
    private readonly List<Type> _types = [];
    private readonly IReadOnlyList<string> _path;
    private IScaleCodec<TBase>? _built;
    private MetaType? _meta;

    /// <summary>Starts a table for the enum at <paramref name="path"/> (e.g. <c>pallet_balances::pallet::Call</c>).</summary>
    public VariantTable(params string[] path)
    {
        _path = path;
        _codec = ScaleCodec.Enum<TBase>(string.Join("::", path));
    }

    /// <inheritdoc />
    public Type BaseType => typeof(TBase);

    /// <summary>The codec of the pallet enum.</summary>
    public IScaleCodec<TBase> Codec => _built ??= _codec.Build();

    /// <inheritdoc />
    public MetaType Meta => _meta ??= new MetaType(_path, new VariantDef(_variants), [new TypeParameter("T", null)], ["Contains a variant per dispatchable extrinsic that this pallet has."]);

    /// <inheritdoc />
    public IReadOnlyList<Type> VariantTypes => _types;

    /// <summary>The declared variants.</summary>
    public IReadOnlyList<VariantInfo> Variants => _variants;

    /// <summary>A variant without fields.</summary>
    public VariantTable<TBase> Add<TV>(byte index, string name, TV value)
        where TV : TBase
    {
        _codec.UnitVariant(index, value);
        return Declare<TV>(index, name);
    }

    /// <summary>A variant with one field.</summary>
    public VariantTable<TBase> Add<TV, TA>(byte index, string name, Field<TA> a, Func<TA, TV> make, Func<TV, TA> take)
        where TV : TBase
    {
        _codec.Variant(index, ScaleCodec.Map(a.Type.Codec, make, take, name));
        return Declare<TV>(index, name, a.Info);
    }

    /// <summary>A variant with two fields.</summary>
    public VariantTable<TBase> Add<TV, TA, TB>(byte index, string name, Field<TA> a, Field<TB> b, Func<TA, TB, TV> make, Func<TV, (TA, TB)> take)
        where TV : TBase
    {
        _codec.Variant(index, ScaleCodec.Map(ScaleCodec.Tuple(a.Type.Codec, b.Type.Codec), t => make(t.Item1, t.Item2), take, name));
        return Declare<TV>(index, name, a.Info, b.Info);
    }

    /// <summary>A variant with three fields.</summary>
    public VariantTable<TBase> Add<TV, TA, TB, TC>(byte index, string name, Field<TA> a, Field<TB> b, Field<TC> c, Func<TA, TB, TC, TV> make, Func<TV, (TA, TB, TC)> take)
        where TV : TBase
    {
        _codec.Variant(index, ScaleCodec.Map(ScaleCodec.Tuple(a.Type.Codec, b.Type.Codec, c.Type.Codec), t => make(t.Item1, t.Item2, t.Item3), take, name));
        return Declare<TV>(index, name, a.Info, b.Info, c.Info);
    }

    /// <inheritdoc />
    public void EncodeBoxed(ScaleWriter writer, object value) => Codec.Encode(writer, (TBase)value);

    /// <inheritdoc />
    public object DecodeBoxed(ref ScaleReader reader) => Codec.Decode(ref reader);

    private VariantTable<TBase> Declare<TV>(byte index, string name, params FieldInfo[] fields)
    {
        if (_built is not null)
        {
            throw new InvalidOperationException($"{string.Join("::", _path)} is already in use; declare every variant first.");
        }

        _variants.Add(new VariantInfo(name, fields, index, RuntimeDocs.ForType(typeof(TV))));
        _types.Add(typeof(TV));
        return this;
    }
}
