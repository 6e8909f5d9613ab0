using System.Runtime.InteropServices;

namespace Finney.Primitives.Interop;

/// <summary>
/// The libsodium functions Finney calls directly. The native library ships with the NSec.Cryptography
/// package (its dependency "libsodium"); we bind to it ourselves because NSec exposes neither
/// ristretto255 nor BLAKE2b digests shorter than 32 bytes, both of which Substrate needs.
/// </summary>
internal static unsafe partial class Sodium
{
    private const string Library = "libsodium";

    /// <summary>Size of a ristretto255 point encoding and of a scalar, in bytes.</summary>
    internal const int RistrettoBytes = 32;

    /// <summary>Size of the wide input of <see cref="crypto_core_ristretto255_scalar_reduce"/>.</summary>
    internal const int RistrettoNonReducedScalarBytes = 64;

    static Sodium()
    {
        // sodium_init is idempotent and thread-safe; 1 means "already initialised", which is fine.
        if (sodium_init() < 0)
        {
            throw new InvalidOperationException("libsodium failed to initialise.");
        }
    }

    /// <summary>Forces the static constructor, so callers fail early if the native library is missing.</summary>
    internal static void EnsureInitialized()
    {
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();

    [LibraryImport(Library)]
    internal static partial int crypto_generichash(byte* output, nuint outputLength, byte* input, ulong inputLength, byte* key, nuint keyLength);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_is_valid_point(byte* point);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_add(byte* result, byte* p, byte* q);

    [LibraryImport(Library)]
    internal static partial int crypto_core_ristretto255_sub(byte* result, byte* p, byte* q);

    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ristretto255(byte* result, byte* scalar, byte* point);

    [LibraryImport(Library)]
    internal static partial int crypto_scalarmult_ristretto255_base(byte* result, byte* scalar);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ristretto255_scalar_reduce(byte* result, byte* wide);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ristretto255_scalar_add(byte* result, byte* x, byte* y);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ristretto255_scalar_sub(byte* result, byte* x, byte* y);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ristretto255_scalar_mul(byte* result, byte* x, byte* y);

    [LibraryImport(Library)]
    internal static partial void crypto_core_ristretto255_scalar_negate(byte* result, byte* s);

    [LibraryImport(Library)]
    internal static partial int crypto_sign_ed25519_seed_keypair(byte* publicKey, byte* secretKey, byte* seed);

    [LibraryImport(Library)]
    internal static partial int crypto_sign_ed25519_detached(byte* signature, ulong* signatureLength, byte* message, ulong messageLength, byte* secretKey);

    [LibraryImport(Library)]
    internal static partial int crypto_sign_ed25519_verify_detached(byte* signature, byte* message, ulong messageLength, byte* publicKey);

    [LibraryImport(Library)]
    internal static partial void randombytes_buf(byte* buffer, nuint size);

    [LibraryImport(Library)]
    internal static partial void sodium_memzero(byte* buffer, nuint size);
}
