using Finney.Consensus.Messages;
using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Hashing;

namespace Finney.Consensus.Tests;

/// <summary>Deterministic validator keys and sets for unit tests, and signing shortcuts.</summary>
public static class TestValidators
{
    public static Ed25519Keypair Key(int index) => Ed25519Keypair.FromSeed(Blake2b.Hash256([(byte)index, 0xC0, 0x5E]));

    public static Ed25519Keypair[] Keys(int count) => Enumerable.Range(0, count).Select(Key).ToArray();

    public static ValidatorSet Set(Ed25519Keypair[] keys, ulong setId = 0) => new(keys.Select(k => k.PublicKey.ToArray()), setId);

    public static BlockHash Value(int tag) => new(Blake2b.Hash256([(byte)tag, 0xB1, 0x0C]));

    public static SignedVote SignVote(Ed25519Keypair key, Vote vote, ulong setId = 0) => new(vote, key.Sign(vote.SignBytes(setId)));

    public static SignedProposal SignProposal(Ed25519Keypair key, Proposal proposal, ulong setId = 0) =>
        new(proposal, key.Sign(proposal.SignBytes(setId)));
}
