namespace Finney.Primitives.Scale;

/// <summary>
/// Rust's <c>Option&lt;T&gt;</c>: a value or nothing. A small struct rather than <c>T?</c> because <c>T?</c>
/// means different things for value and reference types in generic code and cannot nest, while
/// <c>Option&lt;Option&lt;u32&gt;&gt;</c> has three distinct encodings (<c>00</c>, <c>0100</c>, <c>0101…</c>).
/// <c>default</c> is None. Equality compares values with <see cref="EqualityComparer{T}.Default"/> (so arrays
/// by reference).
/// </summary>
/// <typeparam name="T">Type of the value.</typeparam>
public readonly struct Option<T> : IEquatable<Option<T>>
{
    private readonly T _value;

    private Option(T value)
    {
        _value = value;
        IsSome = true;
    }

    /// <summary>The empty option (encoded <c>00</c>).</summary>
    public static Option<T> None => default;

    /// <summary>True when a value is present.</summary>
    public bool IsSome { get; }

    /// <summary>True when no value is present.</summary>
    public bool IsNone => !IsSome;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The option is None.</exception>
    public T Value => IsSome ? _value : throw new InvalidOperationException("the option is None.");

    /// <summary>An option holding <paramref name="value"/> (encoded <c>01</c> followed by the value).</summary>
    public static Option<T> Some(T value) => new(value);

    /// <summary>Equal when both are None, or both hold equal values.</summary>
    public static bool operator ==(Option<T> left, Option<T> right) => left.Equals(right);

    /// <summary>Not <see cref="op_Equality"/>.</summary>
    public static bool operator !=(Option<T> left, Option<T> right) => !left.Equals(right);

    /// <summary>Gets the value when present.</summary>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return IsSome;
    }

    /// <summary>The value when present, otherwise <paramref name="fallback"/>.</summary>
    public T GetValueOrDefault(T fallback) => IsSome ? _value : fallback;

    /// <inheritdoc />
    public bool Equals(Option<T> other) =>
        IsSome == other.IsSome && (!IsSome || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Option<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsSome ? HashCode.Combine(true, _value) : 0;

    /// <summary><c>Some(value)</c> or <c>None</c>.</summary>
    public override string ToString() => IsSome ? $"Some({_value})" : "None";
}
