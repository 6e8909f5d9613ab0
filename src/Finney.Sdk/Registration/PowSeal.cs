using System.Buffers.Binary;
using System.Security.Cryptography;
using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;

namespace Finney.Sdk.Registration;

/// <summary>
/// The registration seal subtensor checks (hotkey-specific form, since April 2023):
/// <c>seal = keccak256(sha256(nonce as 8 little-endian bytes ‖ keccak256(block_hash ‖ hotkey)))</c>, where
/// keccak256 is the original Keccak (Ethereum padding), not SHA3-256. This is the plain, one-at-a-time form;
/// <see cref="PowSolver"/> computes the same values eight at a time.
/// </summary>
public static class PowSeal
{
    /// <summary>Length of a block hash, a hotkey, a pre-hash and a seal.</summary>
    public const int Length = 32;

    /// <summary><c>keccak256(block_hash ‖ hotkey)</c>: the part of the input every nonce shares.</summary>
    /// <exception cref="ArgumentException">The block hash is not 32 bytes.</exception>
    public static byte[] PreHash(ReadOnlySpan<byte> blockHash, AccountId32 hotkey)
    {
        if (blockHash.Length != Length)
        {
            throw new ArgumentException("A block hash is 32 bytes.", nameof(blockHash));
        }

        Span<byte> input = stackalloc byte[2 * Length];
        blockHash.CopyTo(input);
        hotkey.Bytes.CopyTo(input[Length..]);
        return Keccak256.Hash(input);
    }

    /// <summary>The seal of <paramref name="nonce"/> over a pre-hash.</summary>
    /// <exception cref="ArgumentException">The pre-hash is not 32 bytes.</exception>
    public static byte[] Compute(ulong nonce, ReadOnlySpan<byte> preHash)
    {
        if (preHash.Length != Length)
        {
            throw new ArgumentException("A pre-hash is 32 bytes.", nameof(preHash));
        }

        Span<byte> input = stackalloc byte[8 + Length];
        BinaryPrimitives.WriteUInt64LittleEndian(input, nonce);
        preHash.CopyTo(input[8..]);
        Span<byte> sha = stackalloc byte[Length];
        SHA256.HashData(input, sha);
        return Keccak256.Hash(sha);
    }

    /// <summary>The seal of <paramref name="nonce"/> for a block hash and hotkey.</summary>
    public static byte[] Compute(ulong nonce, ReadOnlySpan<byte> blockHash, AccountId32 hotkey) => Compute(nonce, PreHash(blockHash, hotkey));
}
