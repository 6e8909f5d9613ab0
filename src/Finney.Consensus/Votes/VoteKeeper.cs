using Finney.Consensus.Messages;

namespace Finney.Consensus.Votes;

/// <summary>
/// Counts the signed votes of one height by round and type and answers Tendermint's threshold questions by
/// distinct validators (equal weights). A second, different vote by a validator for the same (round, type) is
/// <see cref="Equivocation.DuplicateVote"/> evidence; it still counts for its own value (see <see cref="VoteTally"/>).
/// Signatures are checked by the caller.
/// </summary>
public sealed class VoteKeeper(ValidatorSet validators, uint height)
{
    private readonly SortedDictionary<int, RoundVotes> _rounds = [];
    private readonly List<Equivocation> _evidence = [];

    /// <summary>The height these votes are for.</summary>
    public uint Height { get; } = height;

    /// <summary>Equivocations seen at this height, in the order found.</summary>
    public IReadOnlyList<Equivocation> Evidence => _evidence;

    /// <summary>Rounds in which any vote was received, ascending.</summary>
    public IEnumerable<int> Rounds => _rounds.Keys;

    /// <summary>Adds a vote for this height from a validator of the set.</summary>
    /// <exception cref="ArgumentException">Wrong height or a validator index outside the set.</exception>
    public (AddVoteOutcome Outcome, Equivocation? Evidence) Add(SignedVote signed)
    {
        var vote = signed.Vote;
        if (vote.Height != Height || vote.ValidatorIndex < 0 || vote.ValidatorIndex >= validators.Count || vote.Round < 0)
        {
            throw new ArgumentException($"Vote for height {vote.Height}, round {vote.Round}, validator {vote.ValidatorIndex} does not belong to this keeper.", nameof(signed));
        }

        var round = RoundOf(vote.Round);
        var first = round.Tally(vote.Type).Add(signed, out var isNew);
        if (!isNew)
        {
            return (AddVoteOutcome.Duplicate, null);
        }

        round.MarkSeen(vote.ValidatorIndex);
        if (first is null)
        {
            return (AddVoteOutcome.Added, null);
        }

        var evidence = new Equivocation.DuplicateVote(first, signed);
        _evidence.Add(evidence);
        return (AddVoteOutcome.Equivocation, evidence);
    }

    /// <summary>True when this exact signed vote is already kept (lets the driver skip re-verifying gossip).</summary>
    public bool Contains(SignedVote signed) =>
        _rounds.TryGetValue(signed.Vote.Round, out var round) && round.Tally(signed.Vote.Type).Contains(signed);

    /// <summary>True when the validator sent any vote in the round.</summary>
    public bool HasVotedIn(int round, int validatorIndex) => _rounds.TryGetValue(round, out var votes) && votes.HasSeen(validatorIndex);

    /// <summary>2f+1 votes of the type in the round, whatever for.</summary>
    public bool HasQuorumOfAny(int round, VoteType type) => TallyOrNull(round, type)?.Total >= validators.Quorum;

    /// <summary>2f+1 nil votes of the type in the round.</summary>
    public bool HasQuorumForNil(int round, VoteType type) => TallyOrNull(round, type)?.NilCount >= validators.Quorum;

    /// <summary>2f+1 votes of the type in the round for the value.</summary>
    public bool HasQuorumFor(int round, VoteType type, BlockHash value) =>
        TallyOrNull(round, type)?.CountFor(value) >= validators.Quorum;

    /// <summary>Values with 2f+1 votes of the type in the round (at most one unless f is exceeded).</summary>
    public IEnumerable<BlockHash> ValuesWithQuorum(int round, VoteType type) =>
        TallyOrNull(round, type)?.ValuesWithAtLeast(validators.Quorum) ?? [];

    /// <summary>f+1 distinct validators sent any vote in the round (the round-skip rule, line 55).</summary>
    public bool HasSkipQuorum(int round) => _rounds.TryGetValue(round, out var votes) && votes.SeenCount >= validators.SkipThreshold;

    /// <summary>The kept votes of the type in the round, by validator index (an equivocator's in arrival order).</summary>
    public IEnumerable<SignedVote> VotesOf(int round, VoteType type) => TallyOrNull(round, type)?.Votes ?? [];

    private VoteTally? TallyOrNull(int round, VoteType type) =>
        _rounds.TryGetValue(round, out var votes) ? votes.Tally(type) : null;

    private RoundVotes RoundOf(int round)
    {
        if (!_rounds.TryGetValue(round, out var votes))
        {
            votes = new RoundVotes(validators.Count);
            _rounds.Add(round, votes);
        }

        return votes;
    }

    private sealed class RoundVotes(int validatorCount)
    {
        private readonly VoteTally _prevotes = new(validatorCount);
        private readonly VoteTally _precommits = new(validatorCount);
        private readonly bool[] _seen = new bool[validatorCount];

        public int SeenCount { get; private set; }

        public VoteTally Tally(VoteType type) => type == VoteType.Prevote ? _prevotes : _precommits;

        public bool HasSeen(int validatorIndex) => _seen[validatorIndex];

        public void MarkSeen(int validatorIndex)
        {
            if (!_seen[validatorIndex])
            {
                _seen[validatorIndex] = true;
                SeenCount++;
            }
        }
    }
}
