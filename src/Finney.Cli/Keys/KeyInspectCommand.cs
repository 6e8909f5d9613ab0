using System.ComponentModel;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;
using Spectre.Console.Cli;

namespace Finney.Cli.Keys;

/// <summary>
/// <c>finney key inspect</c>: what subkey's inspect shows for a phrase, a secret URI, an SS58 address
/// (optionally with a soft path) or, with <c>--public</c>, a hex public key.
/// </summary>
internal sealed class KeyInspectCommand(CliConsole console) : Command<KeyInspectCommand.Settings>
{
    /// <summary>Options of <c>key inspect</c>.</summary>
    internal sealed class Settings : KeyOptions
    {
        [CommandArgument(0, "<URI>")]
        [Description("A mnemonic, secret URI (phrase//hard/soft///password, //Alice, 0xseed), SS58 address, or hex public key with --public.")]
        public string Uri { get; init; } = string.Empty;

        [CommandOption("--public")]
        [Description("Treat URI as a hex-encoded public key.")]
        public bool Public { get; init; }

        [CommandOption("--password <PASSWORD>")]
        [Description("Password for the phrase; overrides a ///password in the URI.")]
        public string? Password { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scheme = settings.ParsedScheme;
        var report = settings.Public
            ? InspectPublicHex(settings.Uri, scheme, settings.ParsedNetwork)
            : KeyUris.IsPublicUri(settings.Uri)
                ? InspectPublicUri(settings.Uri, scheme, settings.ParsedNetwork)
                : InspectSecret(settings.Uri, scheme, settings.Password, settings.ParsedNetwork);
        report.WriteTo(console.Out, settings.IsJson);
        return 0;
    }

    private static KeyReport InspectSecret(string uri, KeyScheme scheme, string? password, ushort? network)
    {
        var secret = KeyUris.ParseSecret(uri);
        using var key = KeyUris.Build(secret, scheme, password);
        var kind = secret.Junctions.Count == 0 && !secret.IsHexSeed && uri.Trim() == secret.Phrase.Trim()
            ? KeyReport.Phrase
            : KeyReport.SecretKeyUri;
        // sp-core keeps a seed through hard junctions only: a soft step has no seed.
        var hasSeed = secret.Junctions.Count == 0 || secret.Junctions[^1].IsHard;
        return KeyReport.ForSecret(kind, uri, key, network ?? Ss58.BittensorPrefix, hasSeed);
    }

    private static KeyReport InspectPublicUri(string uri, KeyScheme scheme, ushort? network)
    {
        var (publicKey, prefix) = KeyUris.ResolvePublic(uri, scheme);
        return KeyReport.ForPublic(KeyReport.PublicKeyUri, uri, publicKey, KeyUris.AccountOf(publicKey, scheme), network ?? prefix);
    }

    private static KeyReport InspectPublicHex(string text, KeyScheme scheme, ushort? network)
    {
        if (!Hex.TryDecode(text, out var publicKey) || publicKey.Length != KeyUris.PublicKeyLength(scheme))
        {
            throw new CliException($"--public: expected a hex {scheme.ToString().ToLowerInvariant()} public key of {KeyUris.PublicKeyLength(scheme)} bytes.");
        }

        return KeyReport.ForPublic(KeyReport.PublicHex, null, publicKey, KeyUris.AccountOf(publicKey, scheme), network ?? Ss58.BittensorPrefix);
    }
}
