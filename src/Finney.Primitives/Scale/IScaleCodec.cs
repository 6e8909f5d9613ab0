namespace Finney.Primitives.Scale;

/// <summary>
/// Encodes and decodes values of <typeparamref name="T"/> in SCALE. Codecs are immutable and thread-safe;
/// build them once (usually as static fields) from <see cref="ScaleCodec"/>'s factories and combinators.
/// </summary>
/// <typeparam name="T">The .NET type a value decodes to.</typeparam>
public interface IScaleCodec<T>
{
    /// <summary>Rust-style name of the encoded type, used in error messages (e.g. <c>Vec&lt;u16&gt;</c>).</summary>
    string TypeName => typeof(T).Name;

    /// <summary>
    /// Fewest bytes any value of this type encodes to (0 when unknown). Collections use it to reject a length
    /// prefix whose items could not fit in the remaining input before allocating for them.
    /// </summary>
    int MinEncodedSize => 0;

    /// <summary>Appends the encoding of <paramref name="value"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> cannot be encoded by this codec (wrong fixed length, unregistered variant…).</exception>
    void Encode(ScaleWriter writer, T value);

    /// <summary>Reads one value, advancing <paramref name="reader"/> past it.</summary>
    /// <exception cref="ScaleFormatException">The input is not a valid encoding.</exception>
    T Decode(ref ScaleReader reader);
}
