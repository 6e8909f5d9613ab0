using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Finney.Sdk.Wallets;

/// <summary>
/// Reads Ansible Vault 1.1/1.2 <c>AES256</c> files, the coldkey format of SDK 3.x–5.x. The body is hex of
/// <c>hex(salt) "\n" hex(hmac) "\n" hex(ciphertext)</c>; PBKDF2-HMAC-SHA256 (10,000 iterations) of the
/// password over the salt gives 80 bytes: AES-256 key ‖ HMAC-SHA256 key ‖ initial CTR counter. The
/// plaintext was PKCS#7-padded before AES-CTR, and the HMAC covers the ciphertext.
/// </summary>
public static class AnsibleVaultCipher
{
    /// <summary>PBKDF2 iterations Ansible uses.</summary>
    public const int Iterations = 10_000;

    /// <summary>Decrypts a vault file.</summary>
    /// <exception cref="KeyfileException">Not a vault file Finney reads, or the password is wrong.</exception>
    public static byte[] Decrypt(ReadOnlySpan<byte> data, string password)
    {
        var (salt, mac, ciphertext) = Parse(data);
        using var derived = new SecretBuffer(80);
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, derived.Span, Iterations, HashAlgorithmName.SHA256);
        var aesKey = derived.Span[..32];
        var macKey = derived.Span[32..64];
        var counter = derived.Span[64..80];

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(macKey, ciphertext), mac))
        {
            throw new KeyfileException(KeyfileError.WrongPassword, "Wrong password: it does not open this Ansible Vault keyfile.");
        }

        var padded = AesCtr(aesKey, counter, ciphertext);
        return Unpad(padded);
    }

    private static (byte[] Salt, byte[] Mac, byte[] Ciphertext) Parse(ReadOnlySpan<byte> data)
    {
        var lines = Encoding.ASCII.GetString(data).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            throw Malformed("it has no body");
        }

        var header = lines[0].Split(';');
        if (header.Length < 3 || header[0] != "$ANSIBLE_VAULT" || header[1] is not ("1.1" or "1.2") || header[2] != "AES256")
        {
            throw Malformed($"its header '{lines[0]}' is not $ANSIBLE_VAULT;1.1;AES256 (or 1.2)");
        }

        try
        {
            var inner = Encoding.ASCII.GetString(Convert.FromHexString(string.Concat(lines.Skip(1)))).Split('\n');
            if (inner.Length != 3)
            {
                throw Malformed("its body does not hold salt, HMAC and ciphertext");
            }

            return (Convert.FromHexString(inner[0]), Convert.FromHexString(inner[1]), Convert.FromHexString(inner[2]));
        }
        catch (FormatException exception)
        {
            throw new KeyfileException(KeyfileError.Malformed, "The Ansible Vault keyfile is malformed: its body is not hex.", exception);
        }
    }

    private static byte[] AesCtr(ReadOnlySpan<byte> key, ReadOnlySpan<byte> initialCounter, ReadOnlySpan<byte> input)
    {
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        var blocks = (input.Length + 15) / 16;
        var counters = new byte[blocks * 16];
        var high = BinaryPrimitives.ReadUInt64BigEndian(initialCounter);
        var low = BinaryPrimitives.ReadUInt64BigEndian(initialCounter[8..]);
        for (var i = 0; i < blocks; i++)
        {
            // The counter is one 128-bit big-endian integer, as the cryptography package's CTR mode uses it.
            BinaryPrimitives.WriteUInt64BigEndian(counters.AsSpan(i * 16), high);
            BinaryPrimitives.WriteUInt64BigEndian(counters.AsSpan((i * 16) + 8), low);
            low++;
            if (low == 0)
            {
                high++;
            }
        }

        var stream = aes.EncryptEcb(counters, PaddingMode.None);
        var output = new byte[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = (byte)(input[i] ^ stream[i]);
        }

        return output;
    }

    private static byte[] Unpad(byte[] padded)
    {
        var pad = padded.Length == 0 ? 0 : padded[^1];
        if (pad is 0 or > 16 || pad > padded.Length || padded.AsSpan(padded.Length - pad).ContainsAnyExcept((byte)pad))
        {
            throw Malformed("its padding is invalid");
        }

        return padded[..^pad];
    }

    private static KeyfileException Malformed(string why) => new(KeyfileError.Malformed, $"The Ansible Vault keyfile is malformed: {why}.");
}
