namespace Finney.Primitives.Scale.Codecs;

/// <summary>The argument check shared by the fixed-array codecs.</summary>
internal static class FixedLength
{
    public static void Check<T>(T[] value, int length, string typeName)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != length)
        {
            throw new ArgumentException($"{typeName} needs exactly {length} items, got {value.Length}.", nameof(value));
        }
    }
}
