using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>
/// The proof-of-work seal of a registration (subtensor since April 2023):
/// keccak256(sha256(nonce_le ‖ keccak256(block_hash ‖ hotkey))), valid when its big-endian value times the
/// difficulty fits in 256 bits.
/// </summary>
public static class PowSeal
{
    private static readonly BigInteger U256Limit = BigInteger.One << 256;

    /// <summary>The seal of <paramref name="nonce"/> for <paramref name="hotkey"/> over the block hash <paramref name="blockHash"/>.</summary>
    public static byte[] Compute(ReadOnlySpan<byte> blockHash, AccountId32 hotkey, ulong nonce)
    {
        Span<byte> blockAndHotkey = stackalloc byte[64];
        blockHash.CopyTo(blockAndHotkey);
        hotkey.Bytes.CopyTo(blockAndHotkey[32..]);
        Span<byte> preimage = stackalloc byte[40];
        BinaryPrimitives.WriteUInt64LittleEndian(preimage, nonce);
        Keccak256.Hash(blockAndHotkey, preimage[8..]);
        return Keccak256.Hash(SHA256.HashData(preimage));
    }

    /// <summary>subtensor's <c>hash_meets_difficulty</c>: U256(seal, big-endian) × difficulty does not overflow.</summary>
    public static bool MeetsDifficulty(ReadOnlySpan<byte> seal, ulong difficulty) =>
        new BigInteger(seal, isUnsigned: true, isBigEndian: true) * difficulty < U256Limit;
}
