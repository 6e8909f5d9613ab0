using System.Text.RegularExpressions;

namespace Finney.Primitives.Keys;

/// <summary>
/// A secret key URI as Substrate tools accept it: <c>[phrase or 0xseed][//hard|/soft…][///password]</c>.
/// Without a phrase the well-known development phrase is used, so <c>//Alice</c> is the dev account.
/// </summary>
public sealed partial record SecretUri(string Phrase, IReadOnlyList<DeriveJunction> Junctions, string? Password)
{
    /// <summary>The development phrase behind //Alice, //Bob and the other dev accounts.</summary>
    public const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    /// <summary>True when the phrase is a 0x-prefixed hex seed rather than a mnemonic.</summary>
    public bool IsHexSeed => Phrase.StartsWith("0x", StringComparison.Ordinal);

    /// <summary>Parses a secret URI.</summary>
    /// <exception cref="FormatException">The text does not have the URI shape (e.g. an empty junction <c>//</c>).</exception>
    public static SecretUri Parse(string uri)
    {
        var match = UriShape().Match(uri);
        if (!match.Success)
        {
            throw new FormatException("Not a secret URI: expected '<phrase or 0xseed>//hard/soft///password' (words, letters and digits before the first '/').");
        }

        var phrase = match.Groups["phrase"].Success ? match.Groups["phrase"].Value : DevPhrase;
        var junctions = ParsePath(match.Groups["path"].Value);
        var password = match.Groups["password"].Success ? match.Groups["password"].Value : null;
        return new SecretUri(phrase, junctions, password);
    }

    /// <summary>Parses a derivation path such as <c>//Alice/soft//0</c> into junctions.</summary>
    public static IReadOnlyList<DeriveJunction> ParsePath(string path) =>
        JunctionShape().Matches(path)
            .Select(m => DeriveJunction.From(m.Groups["code"].Value, m.Groups["hard"].Value.Length > 0))
            .ToList();

    /// <summary>Hides the phrase and password so logs never show them.</summary>
    public override string ToString() => $"SecretUri({(IsHexSeed ? "hex seed" : "phrase")}, {Junctions.Count} junction(s), {(Password is null ? "no" : "with")} password)";

    // sp-core's shape: phrase of alphanumerics and spaces, then junctions, then an optional ///password.
    [GeneratedRegex(@"^(?<phrase>[a-zA-Z0-9 ]+)?(?<path>(//?[^/]+)*)(///(?<password>.*))?$", RegexOptions.Singleline)]
    private static partial Regex UriShape();

    [GeneratedRegex(@"/(?<hard>/?)(?<code>[^/]+)")]
    private static partial Regex JunctionShape();
}
