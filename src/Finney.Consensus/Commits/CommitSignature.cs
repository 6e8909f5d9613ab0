namespace Finney.Consensus.Commits;

/// <summary>One validator's precommit signature in a commit, with its ed25519 public key (GRANDPA's <c>id</c>).</summary>
public sealed record CommitSignature(byte[] PublicKey, byte[] Signature);
