using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Finney.Primitives.Scale;

/// <summary>
/// Builds and throws <see cref="ScaleFormatException"/>s outside the hot read methods, so those stay small
/// enough to inline (the habit of System.Text.Json's ThrowHelper).
/// </summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void Truncated(string what, int needed, int offset, int left) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"truncated: needed {needed} bytes for {what} at offset {offset}, {left} left"), offset);

    [DoesNotReturn]
    public static void TrailingBytes(int left, string what, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"trailing bytes: {left} left after decoding {what}"), offset);

    [DoesNotReturn]
    public static void NonCanonicalCompact(int length, UInt128 value, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"compact integer: non-canonical {length}-byte encoding of {value} at offset {offset}"), offset);

    [DoesNotReturn]
    public static void CompactTooLarge(string type, int length, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"compact integer: {length}-byte encoding at offset {offset} is too large for {type}"), offset);

    [DoesNotReturn]
    public static void CompactTooLarge(string type, UInt128 value, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"compact integer: {value} at offset {offset} is too large for {type}"), offset);

    [DoesNotReturn]
    public static void LengthTooLarge(long count, int itemSize, int offset, int left) =>
        throw new ScaleFormatException(
            string.Create(CultureInfo.InvariantCulture, $"length prefix: {count} items of at least {itemSize} byte(s) declared at offset {offset}, but only {left} bytes left"),
            offset);

    [DoesNotReturn]
    public static void InvalidByte(string what, byte value, int offset, string expected) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"{what}: invalid byte 0x{value:x2} at offset {offset} (expected {expected})"), offset);

    [DoesNotReturn]
    public static void UnknownVariant(string enumName, byte index, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"enum {enumName}: unknown variant index {index} at offset {offset}"), offset);

    [DoesNotReturn]
    public static void InvalidUtf8(int length, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"String: the {length} bytes at offset {offset} are not valid UTF-8"), offset);

    [DoesNotReturn]
    public static void KeysNotIncreasing(string mapName, int offset) =>
        throw new ScaleFormatException(
            string.Create(CultureInfo.InvariantCulture, $"{mapName}: key at offset {offset} is not greater than the previous key (keys must be strictly increasing)"), offset);

    [DoesNotReturn]
    public static void TooDeep(string what, int maxDepth, int offset) =>
        throw new ScaleFormatException(string.Create(CultureInfo.InvariantCulture, $"{what}: nesting deeper than {maxDepth} levels at offset {offset}"), offset);
}
