using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Finney.Primitives.Accounts;
using Finney.Sdk.Interop;

namespace Finney.Sdk.Wallets;

/// <summary>
/// Reads an account exported from polkadot.js (apps, extension, <c>keyring.toJson</c>), what btcli's
/// <c>regen-coldkey --json</c> takes: <c>encoded</c> is base64 of scrypt salt (32) ‖ N ‖ p ‖ r (little-endian
/// u32) ‖ 24-byte nonce ‖ XSalsa20-Poly1305 box of the PKCS#8-like pair (header ‖ 64-byte secret in
/// "ed25519" form ‖ divider ‖ public key). Encoding version 3, sr25519 only.
/// </summary>
public static class PolkadotJsonExport
{
    private static ReadOnlySpan<byte> Pkcs8Header => [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];

    private static ReadOnlySpan<byte> Pkcs8Divider => [161, 35, 3, 33, 0];

    private const int ScryptPrefixLength = 44;

    /// <summary>The key inside an exported JSON account.</summary>
    /// <exception cref="KeyfileException">Not a version-3 sr25519 export, malformed, or the password is wrong.</exception>
    public static WalletKey Decrypt(string json, string password)
    {
        var (encoded, types, content) = ReadEnvelope(json);
        if (!content.Contains("sr25519"))
        {
            throw Malformed($"its key type is [{string.Join(", ", content)}]; Finney wallets hold sr25519 keys");
        }

        var plaintext = types.Contains("xsalsa20-poly1305") ? Open(encoded, types.Contains("scrypt"), password) : encoded;
        return DecodePair(plaintext);
    }

    private static (byte[] Encoded, List<string> Types, List<string> Content) ReadEnvelope(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var encoding = root.GetProperty("encoding");
            var version = encoding.GetProperty("version");
            if ((version.ValueKind == JsonValueKind.String ? version.GetString() : version.GetRawText()) != "3")
            {
                throw Malformed($"its encoding version is {version.GetRawText()}; Finney reads version 3");
            }

            var encoded = Convert.FromBase64String(root.GetProperty("encoded").GetString() ?? string.Empty);
            return (encoded, Strings(encoding.GetProperty("type")), Strings(encoding.GetProperty("content")));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The JSON export is malformed: it is not a polkadot.js account export.", exception);
        }
    }

    private static List<string> Strings(JsonElement element) => element.ValueKind == JsonValueKind.Array
        ? [.. element.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
        : [element.GetString() ?? string.Empty];

    private static unsafe byte[] Open(byte[] encoded, bool scrypt, string password)
    {
        using var key = new SecretBuffer(Sodium.SecretBoxKeyBytes);
        var body = encoded.AsSpan();
        if (scrypt)
        {
            body = DeriveScryptKey(encoded, password, key.Span);
        }
        else
        {
            // Generation 2 exports keyed the box with the password itself, zero-padded to 32 bytes.
            var passwordBytes = Encoding.UTF8.GetBytes(password);
            passwordBytes.AsSpan(0, Math.Min(passwordBytes.Length, key.Span.Length)).CopyTo(key.Span);
            CryptographicOperations.ZeroMemory(passwordBytes);
        }

        if (body.Length < Sodium.SecretBoxNonceBytes + Sodium.SecretBoxMacBytes)
        {
            throw Malformed("its encrypted part is too short");
        }

        var ciphertext = body[Sodium.SecretBoxNonceBytes..];
        var plaintext = new byte[ciphertext.Length - Sodium.SecretBoxMacBytes];
        fixed (byte* m = plaintext)
        fixed (byte* c = ciphertext)
        fixed (byte* n = body[..Sodium.SecretBoxNonceBytes])
        fixed (byte* k = key.Span)
        {
            if (Sodium.crypto_secretbox_open_easy(m, c, (ulong)ciphertext.Length, n, k) != 0)
            {
                throw new KeyfileException(KeyfileError.WrongPassword, "Wrong password: it does not open this JSON export.");
            }
        }

        return plaintext;
    }

    private static unsafe Span<byte> DeriveScryptKey(byte[] encoded, string password, Span<byte> key)
    {
        if (encoded.Length < ScryptPrefixLength)
        {
            throw Malformed("it has no scrypt parameters");
        }

        var n = BinaryPrimitives.ReadUInt32LittleEndian(encoded.AsSpan(32));
        var p = BinaryPrimitives.ReadUInt32LittleEndian(encoded.AsSpan(36));
        var r = BinaryPrimitives.ReadUInt32LittleEndian(encoded.AsSpan(40));
        // polkadot.js accepts only a few parameter sets (N ≤ 2^17); refuse anything that would take gigabytes.
        if (n is < 2 or > 1 << 20 || (n & (n - 1)) != 0 || p is 0 or > 16 || r is 0 or > 16)
        {
            throw Malformed($"its scrypt parameters (N={n}, p={p}, r={r}) are out of range");
        }

        var passwordBytes = Encoding.UTF8.GetBytes(password);
        try
        {
            fixed (byte* pw = passwordBytes)
            fixed (byte* salt = encoded.AsSpan(0, 32))
            fixed (byte* output = key)
            {
                if (Sodium.crypto_pwhash_scryptsalsa208sha256_ll(pw, (nuint)passwordBytes.Length, salt, 32, n, r, p, output, (nuint)key.Length) != 0)
                {
                    throw new InsufficientMemoryException("scrypt could not allocate the memory the JSON export asks for.");
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }

        return encoded.AsSpan(ScryptPrefixLength);
    }

    private static WalletKey DecodePair(byte[] plaintext)
    {
        var secretStart = Pkcs8Header.Length;
        var dividerStart = secretStart + 64;
        var publicStart = dividerStart + Pkcs8Divider.Length;
        if (plaintext.Length < publicStart + AccountId32.Length || !plaintext.AsSpan().StartsWith(Pkcs8Header)
            || !plaintext.AsSpan(dividerStart).StartsWith(Pkcs8Divider))
        {
            throw Malformed("its decrypted pair is not PKCS#8 header ‖ secret ‖ divider ‖ public key");
        }

        try
        {
            var key = WalletKey.FromEd25519FormSecret(plaintext.AsSpan(secretStart, 64));
            if (key.AccountId != new AccountId32(plaintext.AsSpan(publicStart, AccountId32.Length)))
            {
                key.Dispose();
                throw Malformed("its secret does not belong to its public key");
            }

            return key;
        }
        catch (FormatException exception)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The JSON export is malformed: its secret is not an sr25519 key.", exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static KeyfileException Malformed(string why) => new(KeyfileError.Malformed, $"The JSON export is malformed: {why}.");
}
