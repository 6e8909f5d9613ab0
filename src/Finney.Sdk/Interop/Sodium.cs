using System.Runtime.InteropServices;

namespace Finney.Sdk.Interop;

/// <summary>
/// The libsodium functions the keyfile formats are defined by: <c>crypto_pwhash</c> (Argon2i v1.3),
/// <c>crypto_secretbox</c> (XSalsa20-Poly1305) and scrypt for polkadot.js exports. The native library comes
/// with NSec.Cryptography through Finney.Primitives; binding it here keeps Primitives' own binding internal.
/// </summary>
internal static unsafe partial class Sodium
{
    private const string Library = "libsodium";

    /// <summary><c>crypto_pwhash_ALG_ARGON2I13</c>: Argon2i version 1.3.</summary>
    internal const int PwhashAlgArgon2I13 = 1;

    /// <summary><c>crypto_secretbox_KEYBYTES</c>.</summary>
    internal const int SecretBoxKeyBytes = 32;

    /// <summary><c>crypto_secretbox_NONCEBYTES</c>.</summary>
    internal const int SecretBoxNonceBytes = 24;

    /// <summary><c>crypto_secretbox_MACBYTES</c>: the Poly1305 tag in front of the ciphertext.</summary>
    internal const int SecretBoxMacBytes = 16;

    static Sodium()
    {
        // sodium_init is idempotent and thread-safe; 1 means "already initialised", which is fine.
        if (sodium_init() < 0)
        {
            throw new InvalidOperationException("libsodium failed to initialise.");
        }
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();

    [LibraryImport(Library)]
    internal static partial int crypto_pwhash(byte* output, ulong outputLength, byte* password, ulong passwordLength, byte* salt, ulong opsLimit, nuint memLimit, int algorithm);

    [LibraryImport(Library)]
    internal static partial int crypto_pwhash_scryptsalsa208sha256_ll(byte* password, nuint passwordLength, byte* salt, nuint saltLength, ulong n, uint r, uint p, byte* output, nuint outputLength);

    [LibraryImport(Library)]
    internal static partial int crypto_secretbox_easy(byte* ciphertext, byte* message, ulong messageLength, byte* nonce, byte* key);

    [LibraryImport(Library)]
    internal static partial int crypto_secretbox_open_easy(byte* message, byte* ciphertext, ulong ciphertextLength, byte* nonce, byte* key);
}
