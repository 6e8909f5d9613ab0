using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel.Metadata;

/// <summary>Small encoding steps shared by the registry and the metadata writers.</summary>
internal static class MetadataWriting
{
    /// <summary><c>Vec&lt;String&gt;</c>.</summary>
    public static void WriteStrings(ScaleWriter writer, IReadOnlyList<string> strings)
    {
        writer.WriteCompact((ulong)strings.Count);
        foreach (var s in strings)
        {
            writer.WriteString(s);
        }
    }

    /// <summary><c>Option&lt;String&gt;</c>.</summary>
    public static void WriteOptionalString(ScaleWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteU8(0);
            return;
        }

        writer.WriteU8(1);
        writer.WriteString(value);
    }
}
