using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;

namespace Finney.Sdk.Wallets;

/// <summary>
/// The plaintext inside every keyfile: one JSON object with <c>accountId</c>, <c>publicKey</c>,
/// <c>privateKey</c>, <c>secretPhrase</c>, <c>secretSeed</c>, <c>ss58Address</c>; bytes as <c>0x</c> hex.
/// Reads what SDK ≤ 7 wrote (every key, null when absent), what btwallet writes (absent keys omitted) and
/// the bare <c>0x…</c> public key of very old <c>coldkeypub.txt</c> files. Writes the SDK ≤ 7 shape, which
/// every reader of every era accepts.
/// </summary>
public static class KeyfileJson
{
    private static readonly string[] FieldOrder = ["accountId", "publicKey", "privateKey", "secretPhrase", "secretSeed", "ss58Address"];

    /// <summary>
    /// The key in keyfile plaintext. The secret comes from the phrase, else the seed, else the private key
    /// (btwallet's order; the SDK tried the seed first, which gives the same key in any file it wrote); a
    /// file without any of them gives a public-only key. A public key, account id or address in the file
    /// must match the secret, so a damaged or hand-edited file is refused rather than half trusted.
    /// </summary>
    /// <exception cref="KeyfileException">The content is not keyfile JSON, or its fields disagree.</exception>
    public static WalletKey Parse(ReadOnlySpan<byte> plaintext)
    {
        var text = Encoding.UTF8.GetString(plaintext).Trim();
        if (!text.StartsWith('{'))
        {
            return ParseBarePublicKey(text);
        }

        var fields = ReadFields(text);
        var declared = DeclaredAccount(fields);
        var key = SecretKey(fields, declared) ?? WalletKey.FromPublicKey(declared ?? throw Malformed("it holds no key at all"));
        if (declared is { } expected && key.AccountId != expected)
        {
            key.Dispose();
            throw Malformed("its secret does not belong to its public key or address");
        }

        return key;
    }

    /// <summary>The keyfile JSON of <paramref name="key"/>: every field, null where the key has none.</summary>
    public static byte[] Serialize(WalletKey key)
    {
        var seed = key.ExportSeed();
        var privateKey = key.ExportPrivateKey();
        try
        {
            string?[] values =
            [
                key.AccountId.ToHex(),
                key.AccountId.ToHex(),
                privateKey is null ? null : Hex.Encode(privateKey),
                key.Mnemonic,
                seed is null ? null : Hex.Encode(seed),
                key.Ss58Address,
            ];
            var json = new StringBuilder("{");
            for (var i = 0; i < FieldOrder.Length; i++)
            {
                // Python's json.dumps separators (", " and ": "), so Finney's files match the SDK's byte for byte.
                json.Append(i == 0 ? string.Empty : ", ").Append('"').Append(FieldOrder[i]).Append("\": ");
                json.Append(values[i] is { } value ? JsonSerializer.Serialize(value) : "null");
            }

            return Encoding.UTF8.GetBytes(json.Append('}').ToString());
        }
        finally
        {
            if (seed is not null)
            {
                CryptographicOperations.ZeroMemory(seed);
            }

            if (privateKey is not null)
            {
                CryptographicOperations.ZeroMemory(privateKey);
            }
        }
    }

    private static WalletKey ParseBarePublicKey(string text)
    {
        // Very old coldkeypub.txt files hold just "0x" + the public key; the SDK turned it into an address.
        if (AccountId32.TryParse(text.Trim('"'), out var id))
        {
            return WalletKey.FromPublicKey(id);
        }

        throw Malformed("it is neither JSON nor a bare public key");
    }

    private static Dictionary<string, string> ReadFields(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value)
                {
                    fields[property.Name] = value;
                }
            }

            return fields;
        }
        catch (JsonException exception)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The keyfile is malformed: it is not valid JSON.", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The keyfile is malformed: it is not a JSON object.", exception);
        }
    }

    private static AccountId32? DeclaredAccount(Dictionary<string, string> fields)
    {
        AccountId32? declared = null;
        foreach (var name in (string[])["publicKey", "accountId", "ss58Address"])
        {
            if (!fields.TryGetValue(name, out var value))
            {
                continue;
            }

            if (!AccountId32.TryParse(value, out var id))
            {
                throw Malformed($"its {name} '{value}' is not a public key or address");
            }

            if (declared is { } earlier && earlier != id)
            {
                throw Malformed("its publicKey, accountId and ss58Address disagree");
            }

            declared = id;
        }

        return declared;
    }

    private static WalletKey? SecretKey(Dictionary<string, string> fields, AccountId32? declared)
    {
        try
        {
            if (fields.TryGetValue("secretPhrase", out var phrase))
            {
                return WalletKey.FromMnemonic(phrase);
            }

            if (fields.TryGetValue("secretSeed", out var seed))
            {
                return WalletKey.FromSeed(HexField("secretSeed", seed));
            }

            return fields.TryGetValue("privateKey", out var privateKey) ? FromPrivateKey(HexField("privateKey", privateKey), declared) : null;
        }
        catch (FormatException exception)
        {
            throw new KeyfileException(KeyfileError.Malformed, $"The keyfile is malformed: {exception.Message}", exception);
        }
    }

    private static WalletKey FromPrivateKey(byte[] bytes, AccountId32? declared)
    {
        // btwallet and the SDK write schnorrkel's form (key ‖ nonce); polkadot.js tools use key·8 ‖ nonce. The
        // public key in the file tells them apart; without one the schnorrkel form is the documented one.
        try
        {
            var raw = WalletKey.FromPrivateKey(bytes);
            if (declared is null || raw.AccountId == declared)
            {
                return raw;
            }

            raw.Dispose();
        }
        catch (FormatException) when (declared is not null)
        {
        }

        return WalletKey.FromEd25519FormSecret(bytes);
    }

    private static byte[] HexField(string name, string value) =>
        Hex.TryDecode(value, out var bytes)
            ? bytes
            : throw new FormatException($"its {name} is not hex.");

    private static KeyfileException Malformed(string why) => new(KeyfileError.Malformed, $"The keyfile is malformed: {why}.");
}
