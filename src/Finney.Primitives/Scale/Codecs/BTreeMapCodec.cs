namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// <c>BTreeMap&lt;K, V&gt;</c>: the compact count, then key–value pairs in ascending key order, where the
/// order is Rust's <c>Ord</c> for the key type, supplied as an <see cref="IComparer{T}"/>.
/// </summary>
/// <remarks>
/// Decoding rejects keys that are not strictly increasing. parity-scale-codec would accept them (it inserts
/// into a BTreeMap, which re-sorts and lets a later duplicate win), but no honest encoder produces such
/// input, and accepting it would give one map many encodings — and so many hashes. Rejecting keeps decoding
/// the inverse of encoding.
/// </remarks>
internal sealed class BTreeMapCodec<TKey, TValue> : IScaleCodec<IReadOnlyDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly IScaleCodec<TKey> _key;
    private readonly IScaleCodec<TValue> _value;
    private readonly IComparer<TKey> _comparer;

    public BTreeMapCodec(IScaleCodec<TKey> key, IScaleCodec<TValue> value, IComparer<TKey> comparer)
    {
        _key = key;
        _value = value;
        _comparer = comparer;
        TypeName = $"BTreeMap<{key.TypeName}, {value.TypeName}>";
    }

    public string TypeName { get; }

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, IReadOnlyDictionary<TKey, TValue> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteCompact((ulong)value.Count);
        if (value is SortedDictionary<TKey, TValue> sorted && ReferenceEquals(sorted.Comparer, _comparer))
        {
            foreach (var (key, item) in sorted)
            {
                _key.Encode(writer, key);
                _value.Encode(writer, item);
            }

            return;
        }

        foreach (var key in SortedKeys(value))
        {
            _key.Encode(writer, key);
            _value.Encode(writer, value[key]);
        }
    }

    public IReadOnlyDictionary<TKey, TValue> Decode(ref ScaleReader reader)
    {
        var count = reader.ReadCompactLength(_key.MinEncodedSize + _value.MinEncodedSize);
        var map = new SortedDictionary<TKey, TValue>(_comparer);
        var previous = default(TKey);
        for (var i = 0; i < count; i++)
        {
            var offset = reader.Position;
            var key = _key.Decode(ref reader);
            if (i > 0 && _comparer.Compare(previous, key) >= 0)
            {
                ThrowHelper.KeysNotIncreasing(TypeName, offset);
            }

            map.Add(key, _value.Decode(ref reader));
            previous = key;
        }

        return map;
    }

    private TKey[] SortedKeys(IReadOnlyDictionary<TKey, TValue> value)
    {
        var keys = value.Keys.ToArray();
        Array.Sort(keys, _comparer);
        for (var i = 1; i < keys.Length; i++)
        {
            if (_comparer.Compare(keys[i - 1], keys[i]) == 0)
            {
                throw new ArgumentException(
                    $"{TypeName}: keys '{keys[i - 1]}' and '{keys[i]}' are distinct in the dictionary but equal by the map's key order.", nameof(value));
            }
        }

        return keys;
    }
}
