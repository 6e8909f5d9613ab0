namespace Finney.Primitives.Scale;

/// <summary>
/// The input is not a valid SCALE encoding of the expected type: truncated, trailing bytes, a non-canonical
/// compact integer, an invalid tag or variant index, invalid UTF-8 and so on. It is the only exception the
/// decoders throw for bad input; anything else thrown while decoding is a bug.
/// </summary>
public sealed class ScaleFormatException : Exception
{
    /// <summary>Creates an exception for a problem found at <paramref name="offset"/>.</summary>
    /// <param name="message">What was expected and what was found, including the offset in words.</param>
    /// <param name="offset">Byte position in the input where the offending value starts.</param>
    public ScaleFormatException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>Creates an exception with no known offset (<see cref="Offset"/> is -1).</summary>
    public ScaleFormatException()
        : this("invalid SCALE input", -1)
    {
    }

    /// <summary>Creates an exception with no known offset (<see cref="Offset"/> is -1).</summary>
    public ScaleFormatException(string message)
        : this(message, -1)
    {
    }

    /// <summary>Creates an exception wrapping another, with no known offset (<see cref="Offset"/> is -1).</summary>
    public ScaleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Offset = -1;
    }

    /// <summary>Byte position in the input where the offending value starts, or -1 when unknown.</summary>
    public int Offset { get; }
}
