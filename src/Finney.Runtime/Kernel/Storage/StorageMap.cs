using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Metadata;
using Finney.Storage;

namespace Finney.Runtime.Kernel.Storage;

/// <summary>
/// A map stored as one key per entry: twox128(pallet) ++ twox128(name) ++ hasher(SCALE(key)) (FRAME's
/// <c>StorageMap</c>). Maps with a transparent hasher can be iterated with their keys.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class StorageMap<TKey, TValue> : IStorageEntry
{
    private readonly byte[] _prefix;
    private readonly StorageHasher _hasher;
    private readonly ScaleType<TKey> _keyType;
    private readonly ScaleType<TValue> _valueType;
    private readonly TValue _default;

    private StorageMap(string pallet, string name, StorageHasher hasher, ScaleType<TKey> key, ScaleType<TValue> value, StorageModifier modifier, TValue defaultValue)
    {
        Pallet = pallet;
        Name = name;
        _hasher = hasher;
        _keyType = key;
        _valueType = value;
        Modifier = modifier;
        _default = defaultValue;
        _prefix = StorageKeys.ItemPrefix(pallet, name);
        DefaultBytes = modifier == StorageModifier.Default ? value.Encode(defaultValue) : [0];
    }

    /// <inheritdoc />
    public string Pallet { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public StorageModifier Modifier { get; }

    /// <inheritdoc />
    public IReadOnlyList<StorageHasher> Hashers => [_hasher];

    /// <inheritdoc />
    public MetaType? KeyType => _keyType.Meta;

    /// <inheritdoc />
    public MetaType ValueType => _valueType.Meta;

    /// <inheritdoc />
    public byte[] DefaultBytes { get; }

    /// <inheritdoc />
    public ReadOnlySpan<byte> Prefix => _prefix;

    /// <summary>A map whose missing keys read as <paramref name="defaultValue"/>.</summary>
    public static StorageMap<TKey, TValue> WithDefault(string pallet, string name, StorageHasher hasher, ScaleType<TKey> key, ScaleType<TValue> value, TValue defaultValue) =>
        new(pallet, name, hasher, key, value, StorageModifier.Default, defaultValue);

    /// <summary>A map whose missing keys read as None.</summary>
    public static StorageMap<TKey, TValue> Optional(string pallet, string name, StorageHasher hasher, ScaleType<TKey> key, ScaleType<TValue> value) =>
        new(pallet, name, hasher, key, value, StorageModifier.Optional, default!);

    /// <summary>The full storage key of <paramref name="key"/>.</summary>
    public byte[] KeyFor(TKey key)
    {
        using var writer = new ScaleWriter(64);
        _keyType.Codec.Encode(writer, key);
        var encoded = writer.WrittenSpan;
        var result = new byte[_prefix.Length + _hasher.OutputLength(encoded.Length)];
        _prefix.CopyTo(result, 0);
        _hasher.Hash(encoded, result.AsSpan(_prefix.Length));
        return result;
    }

    /// <summary>The value, or the default when absent.</summary>
    public TValue Get(IStateReader state, TKey key) => state.Get(KeyFor(key)) is { } raw ? _valueType.Decode(raw) : _default;

    /// <summary>The value when present.</summary>
    public bool TryGet(IStateReader state, TKey key, out TValue value)
    {
        if (state.Get(KeyFor(key)) is { } raw)
        {
            value = _valueType.Decode(raw);
            return true;
        }

        value = _default;
        return false;
    }

    /// <summary>True when a value is stored under the key.</summary>
    public bool ContainsKey(IStateReader state, TKey key) => state.Get(KeyFor(key)) is not null;

    /// <summary>Stores a value.</summary>
    public void Insert(StateOverlay state, TKey key, TValue value) => state.Set(KeyFor(key), _valueType.Encode(value));

    /// <summary>Deletes the entry.</summary>
    public void Remove(StateOverlay state, TKey key) => state.Remove(KeyFor(key));

    /// <summary>Deletes every entry; returns how many there were.</summary>
    public int Clear(StateOverlay state) => state.ClearPrefix(_prefix);

    /// <summary>Every entry in key order (hashed order, as Substrate iterates).</summary>
    /// <exception cref="InvalidOperationException">The hasher is not transparent, so keys cannot be recovered.</exception>
    public IEnumerable<(TKey Key, TValue Value)> Iterate(IStateReader state)
    {
        if (!_hasher.IsReversible())
        {
            throw new InvalidOperationException($"{Pallet}.{Name} uses {_hasher}, which does not keep the key.");
        }

        var skip = _prefix.Length + _hasher.HashLength();
        var cursor = _prefix;
        while (state.NextKey(cursor) is { } next && next.AsSpan().StartsWith(_prefix))
        {
            var key = _keyType.Decode(next.AsSpan(skip));
            var raw = state.Get(next) ?? throw new InvalidOperationException("NextKey returned a key without a value.");
            yield return (key, _valueType.Decode(raw));
            cursor = next;
        }
    }
}
