using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Messages;

/// <summary>A vote with its validator's ed25519 signature over <see cref="Vote.SignBytes"/>.</summary>
public sealed record SignedVote(Vote Vote, byte[] Signature)
{
    /// <summary>True when the signature is the given validator key's over this vote for the set id.</summary>
    public bool IsSignedBy(ReadOnlySpan<byte> publicKey, ulong setId) =>
        Ed25519Keypair.Verify(publicKey, Vote.SignBytes(setId), Signature);

    /// <summary>Same vote and same signature bytes (records compare arrays by reference).</summary>
    public bool IsSameAs(SignedVote other) => Vote == other.Vote && Signature.AsSpan().SequenceEqual(other.Signature);
}
