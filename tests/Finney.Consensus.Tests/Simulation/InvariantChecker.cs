using Finney.Consensus.Commits;
using Finney.Consensus.Messages;
using Finney.Consensus.Votes;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// The safety properties, checked as each event happens (so after every step of the simulation): agreement,
/// validity, commits that verify, no honest double-sign, evidence that verifies and names only faulty keys, and no signing
/// refusal on an honest node (the WAL must make replay exact). A violation throws with the virtual time.
/// </summary>
public sealed class InvariantChecker(ValidatorSet validators, Func<int, bool> isHonestKey)
{
    private readonly Dictionary<uint, BlockHash> _decided = [];
    private readonly Dictionary<uint, SortedSet<BlockHash>> _proposable = [];
    private readonly Dictionary<(int Key, uint Height, int Round, int Kind), byte[]> _signed = [];

    public int DecisionsChecked { get; private set; }

    public int EquivocationsSeen { get; private set; }

    /// <summary>The highest height any honest node decided.</summary>
    public uint MaxDecidedHeight => _decided.Count == 0 ? 0 : _decided.Keys.Max();

    /// <summary>The application created this value as a block for the height (validity's "was proposed").</summary>
    public void ValueCreated(uint height, BlockHash value)
    {
        if (!_proposable.TryGetValue(height, out var values))
        {
            _proposable[height] = values = [];
        }

        values.Add(value);
    }

    public bool IsValidValue(uint height, BlockHash value) => _proposable.TryGetValue(height, out var values) && values.Contains(value);

    public void Decided(long time, SimNode node, Commit commit)
    {
        Check(CommitVerifier.Verify(commit, validators) == CommitVerification.Valid, time, $"node {node.Id} decided height {commit.Height} with a commit that does not verify");
        var roundTrip = GrandpaJustificationCodec.Decode(GrandpaJustificationCodec.Encode(commit), commit.SetId);
        Check(CommitVerifier.Verify(roundTrip, validators) == CommitVerification.Valid && roundTrip.Value == commit.Value, time, "justification round trip changed the commit");
        Check(IsValidValue(commit.Height, commit.Value), time, $"validity: node {node.Id} decided {commit.Value} at height {commit.Height}, which no one proposed");
        if (!isHonestKey(node.KeyIndex))
        {
            return;
        }

        if (_decided.TryGetValue(commit.Height, out var earlier))
        {
            Check(earlier == commit.Value, time, $"agreement: node {node.Id} decided {commit.Value} at height {commit.Height}, another honest node {earlier}");
        }
        else
        {
            _decided[commit.Height] = commit.Value;
        }

        DecisionsChecked++;
    }

    public void Signed(long time, SimNode node, uint height, int round, int kind, byte[] signBytes)
    {
        if (!isHonestKey(node.KeyIndex))
        {
            return;
        }

        var key = (node.KeyIndex, height, round, kind);
        if (_signed.TryGetValue(key, out var earlier))
        {
            Check(earlier.AsSpan().SequenceEqual(signBytes), time, $"double sign: honest key {node.KeyIndex} signed two different messages of kind {kind} at ({height}, {round})");
        }
        else
        {
            _signed[key] = signBytes;
        }
    }

    public void Evidence(long time, SimNode observer, Equivocation evidence)
    {
        EquivocationsSeen++;
        Check(EquivocationVerifier.IsProof(evidence, validators), time, $"node {observer.Id} reported evidence that proves nothing: {evidence}");
        Check(!isHonestKey(evidence.ValidatorIndex), time, $"accountability: node {observer.Id} holds evidence against honest key {evidence.ValidatorIndex}");
    }

    public void SigningRefused(long time, SimNode node, string what) =>
        Check(!isHonestKey(node.KeyIndex), time, $"honest node {node.Id} was refused a signature: {what}");

    private static void Check(bool condition, long time, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException($"t={time} ms: {message}");
        }
    }
}
