using System.Text.Json;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Cli.Keys;

/// <summary>
/// What subkey prints about a key, field for field: the same labels in text mode and the same JSON
/// names (sorted, as serde_json's map sorts them) in JSON mode.
/// </summary>
internal sealed record KeyReport(
    string Kind,
    string? Uri,
    string NetworkId,
    string? SecretSeed,
    string PublicKey,
    string AccountId,
    string Ss58PublicKey,
    string Ss58Address)
{
    /// <summary>Kind of a report on a bare mnemonic phrase (subkey's "Secret phrase").</summary>
    public const string Phrase = "secretPhrase";

    /// <summary>Kind of a report on a secret URI with a path or a hex seed.</summary>
    public const string SecretKeyUri = "secretKeyUri";

    /// <summary>Kind of a report on a public URI (an SS58 address).</summary>
    public const string PublicKeyUri = "publicKeyUri";

    /// <summary>Kind of a report on a hex public key (<c>--public</c>).</summary>
    public const string PublicHex = "public";

    /// <summary>A report on a key built from a secret.</summary>
    public static KeyReport ForSecret(string kind, string uri, IKeyPair key, ushort prefix, bool hasSeed)
    {
        var seed = hasSeed ? key.ExportSeed() : null;
        return new KeyReport(
            kind,
            uri,
            NetworkNames.NameOf(prefix),
            seed is null ? "n/a" : Hex.Encode(seed),
            Hex.Encode(key.PublicKey),
            key.AccountId.ToHex(),
            Ss58.Encode(key.PublicKey, prefix),
            key.AccountId.ToSs58(prefix));
    }

    /// <summary>A report on a public key alone.</summary>
    public static KeyReport ForPublic(string kind, string? uri, ReadOnlySpan<byte> publicKey, AccountId32 account, ushort prefix) =>
        new(
            kind,
            uri,
            NetworkNames.NameOf(prefix),
            null,
            Hex.Encode(publicKey),
            account.ToHex(),
            Ss58.Encode(publicKey, prefix),
            // subkey prints the public key's SS58 form as the address of a public URI.
            Ss58.Encode(publicKey, prefix));

    /// <summary>Writes the report as subkey does.</summary>
    public void WriteTo(TextWriter output, bool json) => output.WriteLine(json ? ToJson() : ToText());

    private string ToText() => Kind switch
    {
        Phrase => $"""
            Secret phrase:       {Uri}
              Network ID:        {NetworkId}
              Secret seed:       {SecretSeed}
              Public key (hex):  {PublicKey}
              Account ID:        {AccountId}
              Public key (SS58): {Ss58PublicKey}
              SS58 Address:      {Ss58Address}
            """,
        SecretKeyUri => $"""
            Secret Key URI `{Uri}` is account:
              Network ID:        {NetworkId}
              Secret seed:       {SecretSeed}
              Public key (hex):  {PublicKey}
              Account ID:        {AccountId}
              Public key (SS58): {Ss58PublicKey}
              SS58 Address:      {Ss58Address}
            """,
        PublicKeyUri => $"""
            Public Key URI `{Uri}` is account:
              Network ID/Version: {NetworkId}
              Public key (hex):   {PublicKey}
              Account ID:         {AccountId}
              Public key (SS58):  {Ss58PublicKey}
              SS58 Address:       {Ss58Address}
            """,
        _ => $"""
            Network ID/Version: {NetworkId}
              Public key (hex):   {PublicKey}
              Account ID:         {AccountId}
              Public key (SS58):  {Ss58PublicKey}
              SS58 Address:       {Ss58Address}
            """,
    };

    private string ToJson()
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["networkId"] = NetworkId,
            ["publicKey"] = PublicKey,
            ["accountId"] = AccountId,
            ["ss58PublicKey"] = Ss58PublicKey,
            ["ss58Address"] = Ss58Address,
        };
        if (Uri is not null && Kind != PublicHex)
        {
            fields[Kind] = Uri;
        }

        if (SecretSeed is not null)
        {
            fields["secretSeed"] = SecretSeed;
        }

        return JsonSerializer.Serialize(fields, KeyJson.Options);
    }
}

/// <summary>JSON settings matching serde_json's pretty printer (two-space indent, no escaping of '+' or '`').</summary>
internal static class KeyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
