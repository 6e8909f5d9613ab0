namespace Finney.Sdk.Wallets;

/// <summary>
/// One keyfile on disk (a coldkey, a hotkey or a public half): reads any format btcli ever wrote, writes
/// <c>$NACL</c> or plaintext atomically with mode 0600, and never replaces a file unless told to.
/// </summary>
public sealed class Keyfile
{
    /// <summary>A keyfile at <paramref name="path"/> (which need not exist yet).</summary>
    public Keyfile(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The absolute path.</summary>
    public string Path { get; }

    /// <summary>True when the file exists.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>The name of btwallet's per-file password variable for this file (see <see cref="PasswordEnvironment"/>).</summary>
    public string PasswordVariable => PasswordEnvironment.BtwalletVariableName(Path);

    /// <summary>The file's bytes.</summary>
    /// <exception cref="KeyfileException">The file does not exist.</exception>
    public byte[] ReadBytes() => Exists
        ? File.ReadAllBytes(Path)
        : throw new KeyfileException(KeyfileError.NotFound, $"Keyfile at {Path} does not exist.");

    /// <summary>How the file is protected.</summary>
    /// <exception cref="KeyfileException">The file does not exist.</exception>
    public KeyfileFormat Format() => KeyfileFormats.Detect(ReadBytes());

    /// <summary>The key in the file; <paramref name="password"/> is needed only when it is encrypted.</summary>
    /// <exception cref="KeyfileException">Missing, malformed, no password for an encrypted file, or a wrong one.</exception>
    public WalletKey Open(string? password = null) => KeyfileJson.Parse(KeyfileCipher.Decrypt(ReadBytes(), password));

    /// <summary>
    /// Writes <paramref name="key"/>: encrypted as <c>$NACL</c> when <paramref name="password"/> is given, else
    /// plaintext (hotkeys, as btcli does by default).
    /// </summary>
    /// <exception cref="KeyfileException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void Save(WalletKey key, string? password, bool overwrite)
    {
        RefuseExisting(overwrite);
        var plaintext = KeyfileJson.Serialize(key);
        try
        {
            SecureFile.Write(Path, password is null ? plaintext : KeyfileCipher.Encrypt(plaintext, password), overwrite: true);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Writes only the public half of <paramref name="key"/> (<c>coldkeypub.txt</c>, <c>&lt;hotkey&gt;pub.txt</c>), unencrypted.</summary>
    /// <exception cref="KeyfileException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void SavePublic(WalletKey key, bool overwrite)
    {
        using var publicKey = key.ToPublic();
        Save(publicKey, password: null, overwrite);
    }

    /// <summary>
    /// Re-encrypts an Ansible Vault or legacy file as <c>$NACL</c> under the same password. The old file is
    /// copied next to it first; the new file is read back and decrypted, and only when it gives the same
    /// plaintext is the copy deleted. On any failure the old file is put back and the copy kept.
    /// </summary>
    /// <returns>What happened; <see cref="KeyfileMigration.Changed"/> is false for files already NaCl or plaintext.</returns>
    /// <exception cref="KeyfileException">Wrong password (nothing is written), or a file that does not parse.</exception>
    public KeyfileMigration MigrateToNacl(string password)
    {
        var original = ReadBytes();
        var format = KeyfileFormats.Detect(original);
        if (format is KeyfileFormat.Nacl or KeyfileFormat.Plaintext)
        {
            return new KeyfileMigration(format, Changed: false);
        }

        var plaintext = KeyfileCipher.Decrypt(original, password);
        KeyfileJson.Parse(plaintext).Dispose();
        using var key = NaclKeyfileCipher.DeriveKey(password);
        var backup = FreeBackupPath(format);
        SecureFile.Write(backup, original, overwrite: false);
        try
        {
            SecureFile.Write(Path, NaclKeyfileCipher.Seal(plaintext, key.Span), overwrite: true);
            var reopened = NaclKeyfileCipher.Open(File.ReadAllBytes(Path), key.Span);
            if (reopened is null || !reopened.AsSpan().SequenceEqual(plaintext))
            {
                throw new IOException($"The re-encrypted {Path} did not read back the same; the old file was restored and kept at {backup}.");
            }
        }
        catch
        {
            SecureFile.Write(Path, original, overwrite: true);
            throw;
        }

        File.Delete(backup);
        return new KeyfileMigration(format, Changed: true);
    }

    /// <inheritdoc />
    public override string ToString() => Path;

    private void RefuseExisting(bool overwrite)
    {
        if (!overwrite && Exists)
        {
            throw new KeyfileException(KeyfileError.AlreadyExists, $"{Path} already exists; pass --overwrite (or confirm) to replace it.");
        }
    }

    private string FreeBackupPath(KeyfileFormat format)
    {
        var suffix = format == KeyfileFormat.AnsibleVault ? "ansible" : "legacy";
        var candidate = $"{Path}.{suffix}.bak";
        for (var i = 1; File.Exists(candidate); i++)
        {
            candidate = $"{Path}.{suffix}.{i}.bak";
        }

        return candidate;
    }
}
