using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Finney.Sdk.Wallets;

/// <summary>
/// Reads the 2021–2022 "legacy" keyfiles: a Fernet token (version 0x80 ‖ 8-byte time ‖ 16-byte IV ‖
/// AES-128-CBC ciphertext ‖ HMAC-SHA256, all URL-safe base64) whose 32-byte key is PBKDF2-HMAC-SHA256 of the
/// password over a fixed ASCII salt with 10,000,000 iterations: HMAC key ‖ AES key. The token's age is not
/// checked. Deriving the key takes seconds by design.
/// </summary>
public static class LegacyFernetCipher
{
    /// <summary>PBKDF2 iterations the format defines.</summary>
    public const int Iterations = 10_000_000;

    /// <summary>The fixed salt of the legacy format.</summary>
    public static ReadOnlySpan<byte> Salt => "Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins"u8;

    private const int VersionAndTime = 9;
    private const int IvLength = 16;
    private const int MacLength = 32;

    /// <summary>Decrypts a legacy keyfile.</summary>
    /// <exception cref="KeyfileException">Not a Fernet token, or the password is wrong.</exception>
    public static byte[] Decrypt(ReadOnlySpan<byte> data, string password)
    {
        var token = DecodeToken(data);
        using var key = new SecretBuffer(32);
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Salt, key.Span, Iterations, HashAlgorithmName.SHA256);

        var signed = token.AsSpan(0, token.Length - MacLength);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key.Span[..16], signed), token.AsSpan(token.Length - MacLength)))
        {
            throw new KeyfileException(KeyfileError.WrongPassword, "Wrong password: it does not open this legacy keyfile.");
        }

        using var aes = Aes.Create();
        aes.Key = key.Span[16..].ToArray();
        try
        {
            return aes.DecryptCbc(signed[(VersionAndTime + IvLength)..], signed.Slice(VersionAndTime, IvLength), PaddingMode.PKCS7);
        }
        catch (CryptographicException exception)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The legacy keyfile is malformed: its padding is invalid.", exception);
        }
    }

    private static byte[] DecodeToken(ReadOnlySpan<byte> data)
    {
        var text = data.Trim("\r\n \t"u8);
        var token = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        var status = Base64Url.DecodeFromUtf8(text, token, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written < VersionAndTime + IvLength + 16 + MacLength || token[0] != 0x80
            || (written - VersionAndTime - IvLength - MacLength) % 16 != 0)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The legacy keyfile is not a valid Fernet token.");
        }

        return token[..written];
    }
}
