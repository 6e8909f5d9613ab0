using Finney.Consensus.Messages;
using Finney.Consensus.Votes;

namespace Finney.Consensus.Driver;

/// <summary>
/// The signed proposals of one height by round, in arrival order, with the node's validity verdict. An honest
/// proposer sends one per round; a second, different one is kept (the machine may need either) and reported as
/// evidence, and further ones are dropped so a faulty proposer cannot grow memory.
/// </summary>
internal sealed class ProposalBook
{
    private const int MaxPerRound = 2;

    private readonly SortedDictionary<int, List<(SignedProposal Proposal, bool IsValid)>> _byRound = [];

    /// <summary>Proposals of a round in arrival order.</summary>
    public IReadOnlyList<(SignedProposal Proposal, bool IsValid)> InRound(int round) =>
        _byRound.TryGetValue(round, out var list) ? list : [];

    /// <summary>Rounds holding a proposal, ascending.</summary>
    public IEnumerable<int> Rounds => _byRound.Keys;

    /// <summary>True when this exact signed proposal is already held.</summary>
    public bool Contains(SignedProposal signed) => InRound(signed.Proposal.Round).Any(p => p.Proposal.IsSameAs(signed));

    /// <summary>Adds a verified proposal unless held; returns evidence when its proposer already proposed something else this round.</summary>
    public Equivocation? Add(SignedProposal signed, bool isValid)
    {
        var round = signed.Proposal.Round;
        if (!_byRound.TryGetValue(round, out var list))
        {
            list = [];
            _byRound.Add(round, list);
        }

        // Our own proposal may already be here: a twin or a replay can deliver the identical message first.
        if (list.Count >= MaxPerRound || list.Any(p => p.Proposal.IsSameAs(signed)))
        {
            return null;
        }

        list.Add((signed, isValid));
        return list.Count > 1 ? new Equivocation.DuplicateProposal(list[0].Proposal, signed) : null;
    }
}
