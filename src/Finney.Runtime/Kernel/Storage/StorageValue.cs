using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel.Metadata;
using Finney.Storage;

namespace Finney.Runtime.Kernel.Storage;

/// <summary>A single value under twox128(pallet) ++ twox128(name) (FRAME's <c>StorageValue</c>).</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class StorageValue<T> : IStorageEntry
{
    private readonly byte[] _key;
    private readonly ScaleType<T> _type;
    private readonly T _default;

    private StorageValue(string pallet, string name, ScaleType<T> type, StorageModifier modifier, T defaultValue)
    {
        Pallet = pallet;
        Name = name;
        _type = type;
        Modifier = modifier;
        _default = defaultValue;
        _key = StorageKeys.ItemPrefix(pallet, name);
        DefaultBytes = modifier == StorageModifier.Default ? type.Encode(defaultValue) : [0];
    }

    /// <inheritdoc />
    public string Pallet { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public StorageModifier Modifier { get; }

    /// <inheritdoc />
    public IReadOnlyList<StorageHasher> Hashers => [];

    /// <inheritdoc />
    public MetaType? KeyType => null;

    /// <inheritdoc />
    public MetaType ValueType => _type.Meta;

    /// <inheritdoc />
    public byte[] DefaultBytes { get; }

    /// <inheritdoc />
    public ReadOnlySpan<byte> Prefix => _key;

    /// <summary>The storage key (a copy).</summary>
    public byte[] Key => (byte[])_key.Clone();

    /// <summary>A value that reads as <paramref name="defaultValue"/> when absent.</summary>
    public static StorageValue<T> WithDefault(string pallet, string name, ScaleType<T> type, T defaultValue) =>
        new(pallet, name, type, StorageModifier.Default, defaultValue);

    /// <summary>A value that reads as None when absent.</summary>
    public static StorageValue<T> Optional(string pallet, string name, ScaleType<T> type) =>
        new(pallet, name, type, StorageModifier.Optional, default!);

    /// <summary>The value, or the default when absent.</summary>
    public T Get(IStateReader state) => state.Get(_key) is { } raw ? _type.Decode(raw) : _default;

    /// <summary>The value when present.</summary>
    public bool TryGet(IStateReader state, out T value)
    {
        if (state.Get(_key) is { } raw)
        {
            value = _type.Decode(raw);
            return true;
        }

        value = _default;
        return false;
    }

    /// <summary>True when a value is stored.</summary>
    public bool Exists(IStateReader state) => state.Get(_key) is not null;

    /// <summary>Stores a value.</summary>
    public void Put(StateOverlay state, T value) => state.Set(_key, _type.Encode(value));

    /// <summary>Deletes the value.</summary>
    public void Kill(StateOverlay state) => state.Remove(_key);

    /// <summary>Reads and deletes the value.</summary>
    public T Take(StateOverlay state)
    {
        var value = Get(state);
        Kill(state);
        return value;
    }
}
