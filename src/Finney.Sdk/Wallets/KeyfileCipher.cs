namespace Finney.Sdk.Wallets;

/// <summary>Opens any keyfile format by its prefix; seals in <c>$NACL</c>, the only format Finney writes.</summary>
public static class KeyfileCipher
{
    /// <summary>The keyfile JSON inside <paramref name="data"/>; plaintext comes back unchanged.</summary>
    /// <exception cref="KeyfileException">Wrong password, no password for an encrypted file, or a malformed file.</exception>
    public static byte[] Decrypt(ReadOnlySpan<byte> data, string? password)
    {
        var format = KeyfileFormats.Detect(data);
        if (format == KeyfileFormat.Plaintext)
        {
            return data.ToArray();
        }

        if (password is null)
        {
            throw new KeyfileException(KeyfileError.PasswordRequired, $"The keyfile is encrypted ({format.DisplayName()}) and no password was given.");
        }

        return format switch
        {
            KeyfileFormat.Nacl => NaclKeyfileCipher.Decrypt(data, password),
            KeyfileFormat.AnsibleVault => AnsibleVaultCipher.Decrypt(data, password),
            _ => LegacyFernetCipher.Decrypt(data, password),
        };
    }

    /// <summary>Encrypts keyfile JSON in the <c>$NACL</c> format.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, string password) => NaclKeyfileCipher.Encrypt(plaintext, password);
}
