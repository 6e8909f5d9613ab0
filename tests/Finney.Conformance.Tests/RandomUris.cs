using System.Globalization;

namespace Finney.Conformance.Tests;

/// <summary>Random derivation paths and passwords covering names, numbers, long (hashed) names and mixed junctions.</summary>
internal static class RandomUris
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>Zero to three junctions; soft ones only when the scheme supports them.</summary>
    public static string Path(Random random, bool allowSoft)
    {
        var path = string.Empty;
        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            var hard = !allowSoft || random.Next(2) == 0;
            path += (hard ? "//" : "/") + Junction(random);
        }

        return path;
    }

    /// <summary>No password half of the time, otherwise ///name.</summary>
    public static string Password(Random random) => random.Next(2) == 0 ? string.Empty : "///" + Name(random);

    /// <summary>A random alphanumeric name of 1–12 characters.</summary>
    public static string Name(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 13)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());

    private static string Junction(Random random) => random.Next(4) switch
    {
        0 => random.Next(0, 1000).ToString(CultureInfo.InvariantCulture),
        1 => ((ulong)random.NextInt64()).ToString(CultureInfo.InvariantCulture),
        2 => new string('j', random.Next(31, 45)), // SCALE encoding over 32 bytes: hashed chain code
        _ => Name(random),
    };
}
