using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Metadata;
using Finney.Storage;

namespace Finney.Runtime.Kernel.Storage;

/// <summary>
/// A map with two keys, stored as twox128(pallet) ++ twox128(name) ++ hasher1(SCALE(k1)) ++ hasher2(SCALE(k2))
/// (FRAME's <c>StorageDoubleMap</c>); all entries of one first key share a prefix and can be iterated or cleared.
/// </summary>
/// <typeparam name="TKey1">The first key.</typeparam>
/// <typeparam name="TKey2">The second key.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
public sealed class StorageDoubleMap<TKey1, TKey2, TValue> : IStorageEntry
{
    private readonly byte[] _prefix;
    private readonly StorageHasher _hasher1;
    private readonly StorageHasher _hasher2;
    private readonly ScaleType<TKey1> _key1;
    private readonly ScaleType<TKey2> _key2;
    private readonly ScaleType<TValue> _value;
    private readonly TValue _default;

    private StorageDoubleMap(string pallet, string name, (StorageHasher, ScaleType<TKey1>) key1, (StorageHasher, ScaleType<TKey2>) key2, ScaleType<TValue> value, StorageModifier modifier, TValue defaultValue)
    {
        Pallet = pallet;
        Name = name;
        (_hasher1, _key1) = key1;
        (_hasher2, _key2) = key2;
        _value = value;
        Modifier = modifier;
        _default = defaultValue;
        _prefix = StorageKeys.ItemPrefix(pallet, name);
        DefaultBytes = modifier == StorageModifier.Default ? value.Encode(defaultValue) : [0];
        KeyType = MetaType.Tuple(_key1.Meta, _key2.Meta);
    }

    /// <inheritdoc />
    public string Pallet { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public StorageModifier Modifier { get; }

    /// <inheritdoc />
    public IReadOnlyList<StorageHasher> Hashers => [_hasher1, _hasher2];

    /// <inheritdoc />
    public MetaType? KeyType { get; }

    /// <inheritdoc />
    public MetaType ValueType => _value.Meta;

    /// <inheritdoc />
    public byte[] DefaultBytes { get; }

    /// <inheritdoc />
    public ReadOnlySpan<byte> Prefix => _prefix;

    /// <summary>A double map whose missing keys read as <paramref name="defaultValue"/>.</summary>
    public static StorageDoubleMap<TKey1, TKey2, TValue> WithDefault(string pallet, string name, (StorageHasher Hasher, ScaleType<TKey1> Type) key1, (StorageHasher Hasher, ScaleType<TKey2> Type) key2, ScaleType<TValue> value, TValue defaultValue) =>
        new(pallet, name, key1, key2, value, StorageModifier.Default, defaultValue);

    /// <summary>A double map whose missing keys read as None.</summary>
    public static StorageDoubleMap<TKey1, TKey2, TValue> Optional(string pallet, string name, (StorageHasher Hasher, ScaleType<TKey1> Type) key1, (StorageHasher Hasher, ScaleType<TKey2> Type) key2, ScaleType<TValue> value) =>
        new(pallet, name, key1, key2, value, StorageModifier.Optional, default!);

    /// <summary>The prefix shared by every entry whose first key is <paramref name="key1"/>.</summary>
    public byte[] PrefixFor(TKey1 key1) => [.. _prefix, .. _hasher1.Hash(_key1.Encode(key1))];

    /// <summary>The full storage key.</summary>
    public byte[] KeyFor(TKey1 key1, TKey2 key2) => [.. PrefixFor(key1), .. _hasher2.Hash(_key2.Encode(key2))];

    /// <summary>The value, or the default when absent.</summary>
    public TValue Get(IStateReader state, TKey1 key1, TKey2 key2) => state.Get(KeyFor(key1, key2)) is { } raw ? _value.Decode(raw) : _default;

    /// <summary>The value when present.</summary>
    public bool TryGet(IStateReader state, TKey1 key1, TKey2 key2, out TValue value)
    {
        if (state.Get(KeyFor(key1, key2)) is { } raw)
        {
            value = _value.Decode(raw);
            return true;
        }

        value = _default;
        return false;
    }

    /// <summary>True when a value is stored.</summary>
    public bool ContainsKey(IStateReader state, TKey1 key1, TKey2 key2) => state.Get(KeyFor(key1, key2)) is not null;

    /// <summary>Stores a value.</summary>
    public void Insert(StateOverlay state, TKey1 key1, TKey2 key2, TValue value) => state.Set(KeyFor(key1, key2), _value.Encode(value));

    /// <summary>Deletes one entry.</summary>
    public void Remove(StateOverlay state, TKey1 key1, TKey2 key2) => state.Remove(KeyFor(key1, key2));

    /// <summary>Deletes every entry under <paramref name="key1"/>; returns how many there were.</summary>
    public int ClearPrefix(StateOverlay state, TKey1 key1) => state.ClearPrefix(PrefixFor(key1));

    /// <summary>The entries under <paramref name="key1"/>, in key order.</summary>
    /// <exception cref="InvalidOperationException">The second hasher does not keep the key.</exception>
    public IEnumerable<(TKey2 Key2, TValue Value)> IteratePrefix(IStateReader state, TKey1 key1)
    {
        if (!_hasher2.IsReversible())
        {
            throw new InvalidOperationException($"{Pallet}.{Name} uses {_hasher2} for its second key, which does not keep the key.");
        }

        var prefix = PrefixFor(key1);
        var cursor = prefix;
        while (state.NextKey(cursor) is { } next && next.AsSpan().StartsWith(prefix))
        {
            var raw = state.Get(next) ?? throw new InvalidOperationException("NextKey returned a key without a value.");
            yield return (_key2.Decode(next.AsSpan(prefix.Length + _hasher2.HashLength())), _value.Decode(raw));
            cursor = next;
        }
    }

    /// <summary>Every entry, in key order.</summary>
    /// <exception cref="InvalidOperationException">A hasher does not keep its key.</exception>
    public IEnumerable<(TKey1 Key1, TKey2 Key2, TValue Value)> Iterate(IStateReader state)
    {
        if (!_hasher1.IsReversible() || !_hasher2.IsReversible())
        {
            throw new InvalidOperationException($"{Pallet}.{Name} uses a hasher that does not keep its key.");
        }

        var cursor = _prefix;
        while (state.NextKey(cursor) is { } next && next.AsSpan().StartsWith(_prefix))
        {
            var reader = new ScaleReader(next.AsSpan(_prefix.Length + _hasher1.HashLength()));
            var key1 = _key1.Codec.Decode(ref reader);
            reader.ReadBytes(_hasher2.HashLength());
            var key2 = _key2.Codec.Decode(ref reader);
            reader.EnsureEnd("double map key");
            var raw = state.Get(next) ?? throw new InvalidOperationException("NextKey returned a key without a value.");
            yield return (key1, key2, _value.Decode(raw));
            cursor = next;
        }
    }
}
