namespace Finney.Sdk.Wallets;

/// <summary>How a keyfile's bytes are protected, told apart by their first bytes as btcli does.</summary>
public enum KeyfileFormat
{
    /// <summary>Unencrypted keyfile JSON (hotkeys by default, <c>coldkeypub.txt</c>), or a bare <c>0x</c> public key.</summary>
    Plaintext,

    /// <summary><c>$NACL</c>: Argon2i v1.3 + XSalsa20-Poly1305; SDK ≥ 6.0 and btwallet. The only format Finney writes.</summary>
    Nacl,

    /// <summary><c>$ANSIBLE_VAULT</c>: Ansible Vault 1.1 AES256; SDK 3.x–5.x (read only).</summary>
    AnsibleVault,

    /// <summary><c>gAAAAA</c>: a Fernet token keyed by PBKDF2 with 10,000,000 iterations; 2021–2022 (read only).</summary>
    LegacyFernet,
}
