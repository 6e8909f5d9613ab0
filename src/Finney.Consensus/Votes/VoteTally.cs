using Finney.Consensus.Messages;

namespace Finney.Consensus.Votes;

/// <summary>
/// The votes of one type in one round: at most one per validator (the first received), with counts per value so
/// thresholds are O(1). Values are kept in a sorted map so any enumeration is deterministic.
/// </summary>
internal sealed class VoteTally(int validatorCount)
{
    private readonly SignedVote?[] _byValidator = new SignedVote?[validatorCount];
    private readonly SortedDictionary<BlockHash, int> _countByValue = [];

    /// <summary>Validators that voted, whatever for.</summary>
    public int Total { get; private set; }

    /// <summary>Validators that voted nil.</summary>
    public int NilCount { get; private set; }

    /// <summary>The vote a validator cast in this round, if any.</summary>
    public SignedVote? VoteOf(int validatorIndex) => _byValidator[validatorIndex];

    /// <summary>Validators that voted for a value.</summary>
    public int CountFor(BlockHash value) => _countByValue.GetValueOrDefault(value);

    /// <summary>Values with at least <paramref name="threshold"/> votes, in byte order.</summary>
    public IEnumerable<BlockHash> ValuesWithAtLeast(int threshold) =>
        _countByValue.Where(pair => pair.Value >= threshold).Select(pair => pair.Key);

    /// <summary>Every counted vote, by validator index.</summary>
    public IEnumerable<SignedVote> Votes => _byValidator.OfType<SignedVote>();

    /// <summary>Counts the vote unless its validator already voted; returns the earlier vote in that case.</summary>
    public SignedVote? TryAdd(SignedVote vote)
    {
        var index = vote.Vote.ValidatorIndex;
        if (_byValidator[index] is { } earlier)
        {
            return earlier;
        }

        _byValidator[index] = vote;
        Total++;
        if (vote.Vote.Value is { } value)
        {
            _countByValue[value] = CountFor(value) + 1;
        }
        else
        {
            NilCount++;
        }

        return null;
    }
}
