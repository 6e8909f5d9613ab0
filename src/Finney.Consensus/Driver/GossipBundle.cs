using Finney.Consensus.Messages;

namespace Finney.Consensus.Driver;

/// <summary>Signed messages of the current height to re-send to peers.</summary>
public sealed record GossipBundle(IReadOnlyList<SignedProposal> Proposals, IReadOnlyList<SignedVote> Votes);
