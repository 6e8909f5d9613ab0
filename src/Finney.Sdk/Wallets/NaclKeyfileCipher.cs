using System.Security.Cryptography;
using System.Text;
using Finney.Sdk.Interop;

namespace Finney.Sdk.Wallets;

/// <summary>
/// The <c>$NACL</c> keyfile format of SDK ≥ 6.0 and btwallet: <c>"$NACL"</c> ‖ 24-byte random nonce ‖
/// XSalsa20-Poly1305 secretbox (16-byte tag ‖ ciphertext), keyed by Argon2i v1.3 of the UTF-8 password with
/// a salt fixed for everyone, OPSLIMIT_SENSITIVE and MEMLIMIT_SENSITIVE. Each key derivation takes 512 MiB
/// and seconds of CPU by design, so callers derive once per operation.
/// </summary>
public static class NaclKeyfileCipher
{
    /// <summary><c>crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE</c>.</summary>
    public const ulong OpsLimit = 8;

    /// <summary><c>crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE</c>: 512 MiB.</summary>
    public const long MemLimit = 536_870_912;

    /// <summary>Length of the <c>$NACL</c> header.</summary>
    private const int HeaderLength = 5;

    private const int Overhead = HeaderLength + Sodium.SecretBoxNonceBytes + Sodium.SecretBoxMacBytes;

    /// <summary>The fixed Argon2i salt every SDK and btwallet use (hex 137183dff15a09bc9c90b5518739e9b1).</summary>
    public static ReadOnlySpan<byte> Salt => [0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1];

    /// <summary>Encrypts keyfile JSON under <paramref name="password"/> with a fresh random nonce.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, string password)
    {
        using var key = DeriveKey(password);
        return Seal(plaintext, key.Span);
    }

    /// <summary>Decrypts a <c>$NACL</c> file.</summary>
    /// <exception cref="KeyfileException">Not a <c>$NACL</c> file, too short, or the password is wrong.</exception>
    public static byte[] Decrypt(ReadOnlySpan<byte> data, string password)
    {
        RequireShape(data);
        using var key = DeriveKey(password);
        return Open(data, key.Span) ?? throw WrongPassword();
    }

    /// <summary>Argon2i v1.3 of the password with the fixed salt: the secretbox key (32 bytes).</summary>
    internal static unsafe SecretBuffer DeriveKey(string password)
    {
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        var key = new SecretBuffer(Sodium.SecretBoxKeyBytes);
        try
        {
            fixed (byte* pw = passwordBytes)
            fixed (byte* salt = Salt)
            fixed (byte* output = key.Span)
            {
                if (Sodium.crypto_pwhash(output, (ulong)key.Span.Length, pw, (ulong)passwordBytes.Length, salt, OpsLimit, (nuint)MemLimit, Sodium.PwhashAlgArgon2I13) != 0)
                {
                    throw new InsufficientMemoryException("Argon2i needs 512 MiB of memory to derive the keyfile key.");
                }
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    /// <summary>The <c>$NACL</c> bytes of <paramref name="plaintext"/> under an already derived key.</summary>
    internal static unsafe byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> key)
    {
        var result = new byte[Overhead + plaintext.Length];
        "$NACL"u8.CopyTo(result);
        var nonce = result.AsSpan(HeaderLength, Sodium.SecretBoxNonceBytes);
        RandomNumberGenerator.Fill(nonce);
        fixed (byte* c = result.AsSpan(HeaderLength + Sodium.SecretBoxNonceBytes))
        fixed (byte* m = plaintext)
        fixed (byte* n = nonce)
        fixed (byte* k = key)
        {
            _ = Sodium.crypto_secretbox_easy(c, m, (ulong)plaintext.Length, n, k);
        }

        return result;
    }

    /// <summary>The plaintext of <c>$NACL</c> bytes under an already derived key, or null when the tag does not verify.</summary>
    internal static unsafe byte[]? Open(ReadOnlySpan<byte> data, ReadOnlySpan<byte> key)
    {
        RequireShape(data);
        var ciphertext = data[(HeaderLength + Sodium.SecretBoxNonceBytes)..];
        var plaintext = new byte[ciphertext.Length - Sodium.SecretBoxMacBytes];
        fixed (byte* m = plaintext)
        fixed (byte* c = ciphertext)
        fixed (byte* n = data.Slice(HeaderLength, Sodium.SecretBoxNonceBytes))
        fixed (byte* k = key)
        {
            return Sodium.crypto_secretbox_open_easy(m, c, (ulong)ciphertext.Length, n, k) == 0 ? plaintext : null;
        }
    }

    private static void RequireShape(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith("$NACL"u8) || data.Length < Overhead)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The keyfile is not a complete $NACL file (header, 24-byte nonce, 16-byte tag).");
        }
    }

    private static KeyfileException WrongPassword() =>
        new(KeyfileError.WrongPassword, "Wrong password: it does not open this NaCl keyfile.");
}
