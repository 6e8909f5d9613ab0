namespace Finney.Primitives.Scale;

/// <summary>
/// Rust's <c>Result&lt;T, E&gt;</c>: encoded <c>00</c> followed by the Ok value or <c>01</c> followed by the
/// error. <c>default</c> is Ok with a default value. Equality compares the side and the value with
/// <see cref="EqualityComparer{T}.Default"/>. Use <see cref="ValueTuple"/> for Rust's <c>()</c>.
/// </summary>
/// <typeparam name="TOk">Type of the success value.</typeparam>
/// <typeparam name="TErr">Type of the error value.</typeparam>
public readonly struct Result<TOk, TErr> : IEquatable<Result<TOk, TErr>>
{
    private readonly TOk _ok;
    private readonly TErr _err;
    private readonly bool _isErr;

    private Result(TOk ok, TErr err, bool isErr)
    {
        _ok = ok;
        _err = err;
        _isErr = isErr;
    }

    /// <summary>True for a success.</summary>
    public bool IsOk => !_isErr;

    /// <summary>True for an error.</summary>
    public bool IsErr => _isErr;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">The result is an error.</exception>
    public TOk OkValue => _isErr ? throw new InvalidOperationException($"the result is Err({_err}).") : _ok;

    /// <summary>The error value.</summary>
    /// <exception cref="InvalidOperationException">The result is a success.</exception>
    public TErr ErrValue => _isErr ? _err : throw new InvalidOperationException($"the result is Ok({_ok}).");

    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Result<TOk, TErr> Ok(TOk value) => new(value, default!, isErr: false);

    /// <summary>An error holding <paramref name="error"/>.</summary>
    public static Result<TOk, TErr> Err(TErr error) => new(default!, error, isErr: true);

    /// <summary>Equal when both are on the same side with equal values.</summary>
    public static bool operator ==(Result<TOk, TErr> left, Result<TOk, TErr> right) => left.Equals(right);

    /// <summary>Not <see cref="op_Equality"/>.</summary>
    public static bool operator !=(Result<TOk, TErr> left, Result<TOk, TErr> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Result<TOk, TErr> other) => _isErr == other._isErr && (_isErr
        ? EqualityComparer<TErr>.Default.Equals(_err, other._err)
        : EqualityComparer<TOk>.Default.Equals(_ok, other._ok));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<TOk, TErr> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isErr ? HashCode.Combine(1, _err) : HashCode.Combine(0, _ok);

    /// <summary><c>Ok(value)</c> or <c>Err(error)</c>.</summary>
    public override string ToString() => _isErr ? $"Err({_err})" : $"Ok({_ok})";
}
