using Finney.Primitives.Scale.Codecs;

namespace Finney.Primitives.Scale;

/// <summary>Combinators that build codecs for composite types from codecs for their parts.</summary>
public static partial class ScaleCodec
{
    /// <summary>
    /// <c>Option&lt;T&gt;</c>: <c>00</c> for None, <c>01</c> then the value. Given <see cref="Bool"/> it returns
    /// <see cref="OptionBool"/>, because SCALE packs <c>Option&lt;bool&gt;</c> into one byte.
    /// </summary>
    public static IScaleCodec<Option<T>> Option<T>(IScaleCodec<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is BoolCodec ? (IScaleCodec<Option<T>>)OptionBool : new OptionCodec<T>(value);
    }

    /// <summary><c>Result&lt;T, E&gt;</c>: <c>00</c> then the Ok value, or <c>01</c> then the error.</summary>
    public static IScaleCodec<Result<TOk, TErr>> Result<TOk, TErr>(IScaleCodec<TOk> ok, IScaleCodec<TErr> err)
    {
        ArgumentNullException.ThrowIfNull(ok);
        ArgumentNullException.ThrowIfNull(err);
        return new ResultCodec<TOk, TErr>(ok, err);
    }

    /// <summary>
    /// <c>Vec&lt;T&gt;</c>: compact count, then the items. Vectors of fixed-width integers are copied as one
    /// block. Decoding rejects a count whose items could not fit in the remaining input, before allocating.
    /// </summary>
    public static IScaleCodec<T[]> Vec<T>(IScaleCodec<T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item is IBulkCodecSource<T> bulk ? bulk.CreateVec() : new VecCodec<T>(item);
    }

    /// <summary><c>[T; N]</c>: exactly <paramref name="length"/> items, no prefix.</summary>
    public static IScaleCodec<T[]> FixedArray<T>(IScaleCodec<T> item, int length)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return item is IBulkCodecSource<T> bulk ? bulk.CreateFixedArray(length) : new FixedArrayCodec<T>(item, length);
    }

    /// <summary><c>[u8; N]</c>: exactly <paramref name="length"/> bytes, no prefix (32 for AccountId32 and H256).</summary>
    public static IScaleCodec<byte[]> FixedBytes(int length) => FixedArray(U8, length);

    /// <summary>A pair <c>(A, B)</c> as a value tuple: the encodings concatenated.</summary>
    public static IScaleCodec<(T1, T2)> Tuple<T1, T2>(IScaleCodec<T1> first, IScaleCodec<T2> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new Tuple2Codec<T1, T2>(first, second);
    }

    /// <summary>A triple <c>(A, B, C)</c> as a value tuple: the encodings concatenated.</summary>
    public static IScaleCodec<(T1, T2, T3)> Tuple<T1, T2, T3>(IScaleCodec<T1> first, IScaleCodec<T2> second, IScaleCodec<T3> third)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(third);
        return new Tuple3Codec<T1, T2, T3>(first, second, third);
    }

    /// <summary>
    /// <c>BTreeMap&lt;K, V&gt;</c>: compact count, then pairs in ascending key order. The order must be the key
    /// type's Rust <c>Ord</c>; by default <see cref="RustOrder.For{T}"/>. Encoding accepts any dictionary and
    /// sorts its keys; decoding returns a <see cref="SortedDictionary{TKey, TValue}"/> and rejects keys that are
    /// not strictly increasing (parity-scale-codec re-sorts instead; rejecting keeps one encoding per map).
    /// </summary>
    /// <exception cref="ArgumentException">No comparer was given and <typeparamref name="TKey"/> has no default order.</exception>
    public static IScaleCodec<IReadOnlyDictionary<TKey, TValue>> BTreeMap<TKey, TValue>(
        IScaleCodec<TKey> key, IScaleCodec<TValue> value, IComparer<TKey>? keyOrder = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new BTreeMapCodec<TKey, TValue>(key, value, keyOrder ?? RustOrder.For<TKey>());
    }

    /// <summary>Starts declaring a Rust enum with data as a class hierarchy; see <see cref="EnumCodecBuilder{T}"/>.</summary>
    /// <param name="name">Named in error messages; defaults to the type's name.</param>
    public static EnumCodecBuilder<T> Enum<T>(string? name = null)
        where T : class => new(name ?? typeof(T).Name);

    /// <summary>
    /// A Rust enum without fields as a .NET enum: one byte, the member's numeric value. Every member must be
    /// in 0…255; decoding rejects values that name no member.
    /// </summary>
    /// <exception cref="ArgumentException">A member's value does not fit in a byte.</exception>
    public static IScaleCodec<TEnum> FieldlessEnum<TEnum>()
        where TEnum : struct, System.Enum => new FieldlessEnumCodec<TEnum>();

    /// <summary>
    /// Codes a <typeparamref name="T"/> as the <typeparamref name="TWire"/> it converts to and from: a struct
    /// as a tuple of its fields in declaration order, an id type as its integer.
    /// </summary>
    /// <param name="wire">Codec for the wire form.</param>
    /// <param name="fromWire">Builds the value from a decoded wire form; must not throw for any wire value.</param>
    /// <param name="toWire">Takes the value apart for encoding.</param>
    /// <param name="name">Named in error messages; defaults to the type's name.</param>
    public static IScaleCodec<T> Map<TWire, T>(IScaleCodec<TWire> wire, Func<TWire, T> fromWire, Func<T, TWire> toWire, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(wire);
        ArgumentNullException.ThrowIfNull(fromWire);
        ArgumentNullException.ThrowIfNull(toWire);
        return new MappedCodec<TWire, T>(wire, fromWire, toWire, name ?? typeof(T).Name);
    }

    /// <summary>
    /// A codec created on first use, for recursive types whose codec must refer to itself (a batch call holds
    /// calls). Decoding fails past <see cref="ScaleReader.MaxDepth"/> nested levels.
    /// </summary>
    /// <example>
    /// The field is still unassigned while its initializer runs, hence the <c>!</c>:
    /// <code>
    /// static IScaleCodec&lt;Call&gt; Codec { get; } = ScaleCodec.Enum&lt;Call&gt;()
    ///     .Variant(1, ScaleCodec.Map(ScaleCodec.Vec(ScaleCodec.Lazy(() =&gt; Codec!)), c =&gt; new Batch(c), b =&gt; b.Calls))
    ///     .Build();
    /// </code>
    /// </example>
    /// <param name="factory">Returns the real codec; called once.</param>
    /// <param name="name">Named in error messages; defaults to the type's name.</param>
    public static IScaleCodec<T> Lazy<T>(Func<IScaleCodec<T>> factory, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new LazyCodec<T>(factory, name ?? typeof(T).Name);
    }
}
