namespace Finney.Primitives.Scale;

/// <summary>Creates <see cref="Option{T}"/> values with the type inferred.</summary>
public static class Option
{
    /// <summary>An option holding <paramref name="value"/>.</summary>
    public static Option<T> Some<T>(T value) => Option<T>.Some(value);

    /// <summary>None for <see langword="null"/>, otherwise Some.</summary>
    public static Option<T> FromNullable<T>(T? value)
        where T : struct => value is { } present ? Option<T>.Some(present) : Option<T>.None;

    /// <summary>The value, or <see langword="null"/> for None.</summary>
    public static T? ToNullable<T>(this Option<T> option)
        where T : struct => option.IsSome ? option.Value : null;
}
