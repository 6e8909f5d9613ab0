namespace Finney.Runtime.Kernel.Metadata;

/// <summary>The primitive types of scale-info, numbered as in <c>TypeDefPrimitive</c>.</summary>
public enum PrimitiveKind : byte
{
    /// <summary><c>bool</c>.</summary>
    Bool = 0,

    /// <summary><c>char</c>.</summary>
    Char = 1,

    /// <summary><c>str</c>.</summary>
    Str = 2,

    /// <summary><c>u8</c>.</summary>
    U8 = 3,

    /// <summary><c>u16</c>.</summary>
    U16 = 4,

    /// <summary><c>u32</c>.</summary>
    U32 = 5,

    /// <summary><c>u64</c>.</summary>
    U64 = 6,

    /// <summary><c>u128</c>.</summary>
    U128 = 7,

    /// <summary><c>u256</c>.</summary>
    U256 = 8,

    /// <summary><c>i8</c>.</summary>
    I8 = 9,

    /// <summary><c>i16</c>.</summary>
    I16 = 10,

    /// <summary><c>i32</c>.</summary>
    I32 = 11,

    /// <summary><c>i64</c>.</summary>
    I64 = 12,

    /// <summary><c>i128</c>.</summary>
    I128 = 13,

    /// <summary><c>i256</c>.</summary>
    I256 = 14,
}

/// <summary>A type's shape, as scale-info's <c>TypeDef</c>.</summary>
public abstract record TypeDef;

/// <summary>A struct: named or unnamed fields.</summary>
public sealed record CompositeDef(IReadOnlyList<FieldInfo> Fields) : TypeDef;

/// <summary>An enum: variants with explicit indices.</summary>
public sealed record VariantDef(IReadOnlyList<VariantInfo> Variants) : TypeDef;

/// <summary><c>Vec&lt;T&gt;</c>.</summary>
public sealed record SequenceDef(MetaType Item) : TypeDef;

/// <summary><c>[T; N]</c>.</summary>
public sealed record ArrayDef(uint Length, MetaType Item) : TypeDef;

/// <summary>A tuple; <c>()</c> when empty.</summary>
public sealed record TupleDef(IReadOnlyList<MetaType> Items) : TypeDef;

/// <summary>A primitive.</summary>
public sealed record PrimitiveDef(PrimitiveKind Kind) : TypeDef;

/// <summary><c>Compact&lt;T&gt;</c>.</summary>
public sealed record CompactDef(MetaType Inner) : TypeDef;

/// <summary>A field of a struct or enum variant; <see cref="TypeName"/> is the Rust spelling clients show.</summary>
public sealed record FieldInfo(string? Name, MetaType Type, string? TypeName, IReadOnlyList<string> Docs)
{
    /// <summary>A field without docs.</summary>
    public FieldInfo(string? name, MetaType type, string? typeName = null)
        : this(name, type, typeName, [])
    {
    }
}

/// <summary>An enum variant.</summary>
public sealed record VariantInfo(string Name, IReadOnlyList<FieldInfo> Fields, byte Index, IReadOnlyList<string> Docs);

/// <summary>A generic parameter: its name and, when bound, its type.</summary>
public sealed record TypeParameter(string Name, MetaType? Type);

/// <summary>
/// The description of one type for the metadata's portable registry (scale-info's <c>Type</c>): its Rust path,
/// generic parameters, shape and docs. Types with a path are identified by reference (declare each once, as a
/// static); anonymous ones (sequences, tuples, arrays, compacts, primitives) are merged by shape when registered.
/// The definition may be supplied lazily so recursive types (a call that holds calls) can refer to themselves.
/// </summary>
public sealed class MetaType
{
    private readonly Func<TypeDef> _definition;
    private TypeDef? _resolved;

    /// <summary>Declares a type.</summary>
    public MetaType(IReadOnlyList<string> path, IReadOnlyList<TypeParameter> parameters, Func<TypeDef> definition, IReadOnlyList<string>? docs = null)
    {
        Path = path;
        Parameters = parameters;
        _definition = definition;
        Docs = docs ?? [];
    }

    /// <summary>Declares a type with its definition at hand.</summary>
    public MetaType(IReadOnlyList<string> path, TypeDef definition, IReadOnlyList<TypeParameter>? parameters = null, IReadOnlyList<string>? docs = null)
        : this(path, parameters ?? [], () => definition, docs)
    {
        _resolved = definition;
    }

    /// <summary>The Rust path, e.g. <c>sp_core::crypto::AccountId32</c> as its segments; empty for anonymous types.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Generic parameters.</summary>
    public IReadOnlyList<TypeParameter> Parameters { get; }

    /// <summary>Doc lines.</summary>
    public IReadOnlyList<string> Docs { get; }

    /// <summary>
    /// True for types identified by their shape rather than by reference: anonymous types and the generic
    /// <c>Option</c>/<c>Result</c> wrappers, which many declarations build independently.
    /// </summary>
    public bool IsStructural { get; private init; }

    /// <summary>The shape (resolved on first use).</summary>
    public TypeDef Definition => _resolved ??= _definition();

    /// <summary>An anonymous type of the given shape.</summary>
    public static MetaType Anonymous(TypeDef definition) => new([], definition) { IsStructural = true };

    /// <summary><c>Vec&lt;item&gt;</c>.</summary>
    public static MetaType Sequence(MetaType item) => Anonymous(new SequenceDef(item));

    /// <summary><c>[item; length]</c>.</summary>
    public static MetaType Array(MetaType item, uint length) => Anonymous(new ArrayDef(length, item));

    /// <summary>A tuple (the unit type when empty).</summary>
    public static MetaType Tuple(params MetaType[] items) => Anonymous(new TupleDef(items));

    /// <summary><c>Compact&lt;inner&gt;</c>.</summary>
    public static MetaType Compact(MetaType inner) => Anonymous(new CompactDef(inner));

    /// <summary>A primitive.</summary>
    public static MetaType Primitive(PrimitiveKind kind) => Anonymous(new PrimitiveDef(kind));

    /// <summary><c>core::option::Option&lt;T&gt;</c>.</summary>
    public static MetaType Option(MetaType some) => new(
        ["Option"],
        new VariantDef([new VariantInfo("None", [], 0, []), new VariantInfo("Some", [new FieldInfo(null, some)], 1, [])]),
        [new TypeParameter("T", some)])
    { IsStructural = true };

    /// <summary><c>core::result::Result&lt;T, E&gt;</c>.</summary>
    public static MetaType Result(MetaType ok, MetaType error) => new(
        ["Result"],
        new VariantDef([new VariantInfo("Ok", [new FieldInfo(null, ok)], 0, []), new VariantInfo("Err", [new FieldInfo(null, error)], 1, [])]),
        [new TypeParameter("T", ok), new TypeParameter("E", error)])
    { IsStructural = true };

    /// <summary>The path joined with <c>::</c>, or the shape for anonymous types.</summary>
    public override string ToString() => Path.Count > 0 ? string.Join("::", Path) : Definition.GetType().Name;
}
