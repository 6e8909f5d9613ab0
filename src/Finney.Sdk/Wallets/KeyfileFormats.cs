namespace Finney.Sdk.Wallets;

/// <summary>Detection and display names of <see cref="KeyfileFormat"/>.</summary>
public static class KeyfileFormats
{
    /// <summary>The format of keyfile bytes, by prefix: <c>$NACL</c>, <c>$ANSIBLE_VAULT</c>, <c>gAAAAA</c>, else plaintext.</summary>
    public static KeyfileFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("$NACL"u8))
        {
            return KeyfileFormat.Nacl;
        }

        if (data.StartsWith("$ANSIBLE_VAULT"u8))
        {
            return KeyfileFormat.AnsibleVault;
        }

        return data.StartsWith("gAAAAA"u8) ? KeyfileFormat.LegacyFernet : KeyfileFormat.Plaintext;
    }

    /// <summary>True for every format except <see cref="KeyfileFormat.Plaintext"/>.</summary>
    public static bool IsEncrypted(this KeyfileFormat format) => format != KeyfileFormat.Plaintext;

    /// <summary>The name btcli prints for the format ("NaCl", "Ansible Vault", "legacy").</summary>
    public static string DisplayName(this KeyfileFormat format) => format switch
    {
        KeyfileFormat.Nacl => "NaCl",
        KeyfileFormat.AnsibleVault => "Ansible Vault",
        KeyfileFormat.LegacyFernet => "legacy",
        _ => "unencrypted",
    };
}
