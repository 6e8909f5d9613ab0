using Finney.Consensus.Messages;

namespace Finney.Consensus.Votes;

/// <summary>
/// The votes of one type in one round, counted as the paper counts messages: a threshold "2f+1 PREVOTE(v)" is
/// met by 2f+1 distinct validators that sent a prevote for v. An equivocating validator therefore counts toward
/// each value it voted for. That is safe (quorum intersection already allows f double-counted validators) and
/// needed for liveness: an honest node may have locked on a polka that includes a faulty validator's vote, and
/// the others must be able to see that polka too (CometBFT tracks conflicting votes for the same reason). At most
/// <see cref="MaxVotesPerValidator"/> different votes are kept per validator so a faulty one cannot grow memory.
/// Values are kept in a sorted map so any enumeration is deterministic.
/// </summary>
internal sealed class VoteTally(int validatorCount)
{
    /// <summary>Different votes kept per validator; honest twins of one key produce at most two.</summary>
    public const int MaxVotesPerValidator = 8;

    private readonly List<SignedVote>?[] _byValidator = new List<SignedVote>?[validatorCount];
    private readonly SortedDictionary<BlockHash, int> _countByValue = [];

    /// <summary>Validators that voted, whatever for.</summary>
    public int Total { get; private set; }

    /// <summary>Validators that voted nil.</summary>
    public int NilCount { get; private set; }

    /// <summary>Validators that voted for a value.</summary>
    public int CountFor(BlockHash value) => _countByValue.GetValueOrDefault(value);

    /// <summary>Values with at least <paramref name="threshold"/> votes, in byte order.</summary>
    public IEnumerable<BlockHash> ValuesWithAtLeast(int threshold) =>
        _countByValue.Where(pair => pair.Value >= threshold).Select(pair => pair.Key);

    /// <summary>Every kept vote, by validator index, then arrival.</summary>
    public IEnumerable<SignedVote> Votes => _byValidator.Where(v => v is not null).SelectMany(v => v!);

    /// <summary>True when this exact signed vote is kept.</summary>
    public bool Contains(SignedVote signed) =>
        _byValidator[signed.Vote.ValidatorIndex]?.Any(v => v.IsSameAs(signed)) == true;

    /// <summary>
    /// Counts the vote. Returns the validator's first vote when this one differs from it (an equivocation), or
    /// null; <paramref name="isNew"/> is false for a vote already kept (or dropped over the cap).
    /// </summary>
    public SignedVote? Add(SignedVote signed, out bool isNew)
    {
        var vote = signed.Vote;
        var kept = _byValidator[vote.ValidatorIndex] ??= [];
        isNew = kept.Count < MaxVotesPerValidator && !kept.Any(v => v.Vote == vote);
        if (!isNew)
        {
            return null;
        }

        var first = kept.Count == 0 ? null : kept[0];
        var alreadyCountedValue = kept.Any(v => v.Vote.Value == vote.Value);
        kept.Add(signed);
        if (first is null)
        {
            Total++;
        }

        if (!alreadyCountedValue)
        {
            if (vote.Value is { } value)
            {
                _countByValue[value] = CountFor(value) + 1;
            }
            else
            {
                NilCount++;
            }
        }

        return first;
    }
}
