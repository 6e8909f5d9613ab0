using System.ComponentModel;
using System.Globalization;
using Finney.Primitives.Accounts;
using Finney.Primitives.Keys;
using Spectre.Console.Cli;

namespace Finney.Cli.Keys;

/// <summary>Options every <c>finney key</c> command shares, spelled as subkey spells them.</summary>
internal class KeyOptions : CommandSettings
{
    [CommandOption("--scheme <SCHEME>")]
    [Description("Signature scheme: sr25519 (default), ed25519 or ecdsa.")]
    public string Scheme { get; init; } = "sr25519";

    [CommandOption("-n|--network|--network-prefix <NETWORK>")]
    [Description("SS58 prefix as a number or name (substrate/bittensor = 42, polkadot = 0, kusama = 2). Default 42.")]
    public string? Network { get; init; }

    [CommandOption("--output-type <TYPE>")]
    [Description("text (default) or json.")]
    public string OutputType { get; init; } = "text";

    /// <summary>The parsed scheme.</summary>
    public KeyScheme ParsedScheme => Scheme.ToLowerInvariant() switch
    {
        "sr25519" => KeyScheme.Sr25519,
        "ed25519" => KeyScheme.Ed25519,
        "ecdsa" => KeyScheme.Ecdsa,
        _ => throw new CliException($"--scheme: '{Scheme}' is not one of sr25519, ed25519, ecdsa."),
    };

    /// <summary>True for <c>--output-type json</c>.</summary>
    public bool IsJson => OutputType.ToLowerInvariant() switch
    {
        "json" => true,
        "text" => false,
        _ => throw new CliException($"--output-type: '{OutputType}' is not one of text, json."),
    };

    /// <summary>The SS58 prefix asked for, or null when none was given.</summary>
    public ushort? ParsedNetwork => Network is null ? null : NetworkNames.Parse(Network);
}

/// <summary>SS58 prefixes by the names sp-core's registry gives them (the few our users meet).</summary>
internal static class NetworkNames
{
    private static readonly (string Name, ushort Prefix)[] Known =
    [
        ("polkadot", 0),
        ("kusama", 2),
        ("substrate", 42),
        ("bittensor", 42),
    ];

    /// <summary>A prefix from a number (0–16383) or a known name.</summary>
    public static ushort Parse(string text)
    {
        if (ushort.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= Ss58.MaxPrefix)
        {
            return prefix;
        }

        foreach (var (name, value) in Known)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new CliException($"--network: '{text}' is neither an SS58 prefix (0–16383) nor one of substrate, bittensor, polkadot, kusama.");
    }

    /// <summary>The network id subkey prints for a prefix: its registry name, or the number.</summary>
    public static string NameOf(ushort prefix) => prefix switch
    {
        0 => "polkadot",
        2 => "kusama",
        42 => "substrate",
        _ => prefix.ToString(CultureInfo.InvariantCulture),
    };
}
