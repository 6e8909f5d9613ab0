using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Messages;

/// <summary>A proposal with its proposer's ed25519 signature over <see cref="Proposal.SignBytes"/>.</summary>
public sealed record SignedProposal(Proposal Proposal, byte[] Signature)
{
    /// <summary>True when the signature is the given key's over this proposal for the set id.</summary>
    public bool IsSignedBy(ReadOnlySpan<byte> publicKey, ulong setId) =>
        Ed25519Keypair.Verify(publicKey, Proposal.SignBytes(setId), Signature);

    /// <summary>Same proposal and same signature bytes.</summary>
    public bool IsSameAs(SignedProposal other) =>
        Proposal == other.Proposal && Signature.AsSpan().SequenceEqual(other.Signature);
}
