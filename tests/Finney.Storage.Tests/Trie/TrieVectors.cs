using System.IO.Compression;
using System.Text.Json;
using Finney.Primitives.Encoding;

namespace Finney.Storage.Tests.Trie;

/// <summary>Loads the gzipped JSON vectors embedded from Trie/Vectors (see the README there).</summary>
internal static class TrieVectors
{
    public static JsonDocument Load(string fileName)
    {
        using var resource = typeof(TrieVectors).Assembly.GetManifestResourceStream($"Vectors.{fileName}")
            ?? throw new InvalidOperationException($"Vector file {fileName} is not embedded.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        return JsonDocument.Parse(gzip);
    }

    /// <summary>A raw genesis storage map (hex keys and values), sorted by key.</summary>
    public static List<KeyValuePair<byte[], byte[]>> SortedTop(JsonDocument document)
    {
        var entries = document.RootElement.GetProperty("top").EnumerateObject()
            .Select(p => new KeyValuePair<byte[], byte[]>(Hex.Decode(p.Name), Hex.Decode(p.Value.GetString()!)))
            .ToList();
        entries.Sort((a, b) => ByteKeyComparer.Instance.Compare(a.Key, b.Key));
        return entries;
    }

    public static byte[] HexProperty(JsonDocument document, string name) => Hex.Decode(document.RootElement.GetProperty(name).GetString()!);
}
