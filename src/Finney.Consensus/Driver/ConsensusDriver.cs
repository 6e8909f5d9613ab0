using Finney.Consensus.Commits;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Signing;
using Finney.Consensus.Votes;

namespace Finney.Consensus.Driver;

/// <summary>
/// Glues the <see cref="TendermintMachine"/>, the <see cref="VoteKeeper"/> and the proposals of the current
/// height: checks signatures and senders, turns counted votes into the machine's aggregated inputs, feeds them
/// until no rule fires, and turns the machine's outputs into signed messages and effects. It does no I/O of its
/// own (signing persists through <see cref="ConsensusSigner"/>), so the same inputs give the same effects.
/// Without a signer it follows consensus as an observer (a full node).
/// </summary>
public sealed class ConsensusDriver(ConsensusSigner? signer, ConsensusTimeouts timeouts)
{
    // Rounds above ours in which one validator may have messages kept (CometBFT's catch-up rounds per peer).
    // Without a bound a faulty validator could make us store votes for every round number; two suffice for
    // honest validators a round or two ahead, and we move up as soon as f+1 of them share a round (line 55).
    private const int MaxFutureRoundsPerValidator = 2;

    private ValidatorSet? _validators;
    private TendermintMachine? _machine;
    private VoteKeeper? _keeper;
    private ProposalBook _proposals = new();
    private int _selfIndex = -1;

    /// <summary>The Tendermint state of the current height (height 0, round −1 before the first <see cref="ConsensusInput.StartHeight"/>).</summary>
    public RoundState State { get; private set; } = RoundState.Initial(0);

    /// <summary>True once a height has been started.</summary>
    public bool IsRunning => _validators is not null;

    /// <summary>Equivocations seen at the current height.</summary>
    public IReadOnlyList<Equivocation> Evidence => _keeper?.Evidence ?? [];

    /// <summary>Handles one input and returns what the node must do, in order.</summary>
    public IReadOnlyList<ConsensusEffect> Handle(ConsensusInput input)
    {
        var effects = new List<ConsensusEffect>();
        if (input is ConsensusInput.StartHeight start)
        {
            Start(start);
            Apply(new MachineInput.StartRound(0), effects);
            return effects;
        }

        if (_validators is null || _keeper is null)
        {
            return effects;
        }

        switch (input)
        {
            case ConsensusInput.ReceiveProposal proposal:
                ReceiveProposal(proposal.Proposal, proposal.IsValid, effects);
                break;
            case ConsensusInput.ReceiveVote vote:
                ReceiveVote(vote.Vote, effects);
                break;
            case ConsensusInput.ReceiveCommit commit:
                ReceiveCommit(commit.Commit, effects);
                break;
            case ConsensusInput.TimeoutElapsed timeout when timeout.Height == State.Height:
                Apply(new MachineInput.Timeout(timeout.Kind, timeout.Round), effects);
                break;
            case ConsensusInput.ValueReady value when value.Height == State.Height:
                Apply(new MachineInput.ValueToPropose(value.Round, value.Value), effects);
                break;
        }

        return effects;
    }

    /// <summary>
    /// False for inputs the driver would ignore without looking at signatures: other heights, already-held
    /// messages. The participant keeps those out of the WAL (gossip repeats every message many times).
    /// </summary>
    public bool IsNew(ConsensusInput input) => input switch
    {
        _ when _keeper is null => input is ConsensusInput.StartHeight,
        ConsensusInput.ReceiveProposal p => IsAcceptable(p.Proposal.Proposal) && !_proposals.Contains(p.Proposal),
        ConsensusInput.ReceiveVote v => IsAcceptable(v.Vote.Vote) && !_keeper.Contains(v.Vote),
        ConsensusInput.ReceiveCommit c => c.Commit.Height == State.Height && State.Step != RoundStep.Commit,
        ConsensusInput.TimeoutElapsed t => t.Height == State.Height,
        ConsensusInput.ValueReady v => v.Height == State.Height,
        _ => true,
    };

    /// <summary>
    /// The current height's messages worth re-sending to peers, so every honest node eventually sees what one
    /// saw (Tendermint's gossip assumption): rounds from the previous one up, plus the lock and valid rounds whose
    /// prevotes justify a re-proposal; each list ordered by round, then type, then validator.
    /// </summary>
    public GossipBundle GossipMessages()
    {
        if (_keeper is null)
        {
            return new GossipBundle([], []);
        }

        var rounds = _keeper.Rounds.Concat(_proposals.Rounds)
            .Where(r => r >= State.Round - 1 || r == State.ValidRound || r == State.LockedRound)
            .Distinct().Order();
        var proposals = new List<SignedProposal>();
        var votes = new List<SignedVote>();
        foreach (var round in rounds)
        {
            proposals.AddRange(_proposals.InRound(round).Select(p => p.Proposal));
            votes.AddRange(_keeper.VotesOf(round, VoteType.Prevote));
            votes.AddRange(_keeper.VotesOf(round, VoteType.Precommit));
        }

        return new GossipBundle(proposals, votes);
    }

    private void Start(ConsensusInput.StartHeight start)
    {
        _validators = start.Validators;
        _selfIndex = signer is null ? -1 : start.Validators.IndexOf(signer.PublicKey);
        _machine = new TendermintMachine(start.Validators, _selfIndex);
        _keeper = new VoteKeeper(start.Validators, start.Height);
        _proposals = new ProposalBook();
        State = RoundState.Initial(start.Height);
    }

    private void ReceiveProposal(SignedProposal signed, bool isValid, List<ConsensusEffect> effects)
    {
        var proposal = signed.Proposal;
        if (!IsAcceptable(proposal) || _proposals.Contains(signed)
            || !signed.IsSignedBy(_validators!.KeyAt(proposal.ProposerIndex), _validators.SetId))
        {
            return;
        }

        AddProposal(signed, isValid, effects);
        Advance(effects);
    }

    private void AddProposal(SignedProposal signed, bool isValid, List<ConsensusEffect> effects)
    {
        if (_proposals.Add(signed, isValid) is { } evidence)
        {
            effects.Add(new ConsensusEffect.EquivocationDetected(evidence));
        }
    }

    private void ReceiveVote(SignedVote signed, List<ConsensusEffect> effects)
    {
        var vote = signed.Vote;
        if (!IsAcceptable(vote) || _keeper!.Contains(signed)
            || !signed.IsSignedBy(_validators!.KeyAt(vote.ValidatorIndex), _validators.SetId))
        {
            return;
        }

        AddVote(signed, effects);
        Advance(effects);
    }

    private void AddVote(SignedVote signed, List<ConsensusEffect> effects)
    {
        var (_, evidence) = _keeper!.Add(signed);
        if (evidence is not null)
        {
            effects.Add(new ConsensusEffect.EquivocationDetected(evidence));
        }
    }

    // Cheap checks before any signature: this height, a real round, the round's proposer, a future-round budget left.
    private bool IsAcceptable(Proposal proposal) =>
        proposal.Height == State.Height && proposal.Round >= 0
        && proposal.ProposerIndex == _validators!.ProposerIndex(proposal.Height, proposal.Round)
        && IsWithinFutureRounds(proposal.Round, proposal.ProposerIndex);

    // Cheap checks before any signature: this height, a real round, a member of the set, a future-round budget left.
    private bool IsAcceptable(Vote vote) =>
        vote.Height == State.Height && vote.Round >= 0
        && vote.ValidatorIndex >= 0 && vote.ValidatorIndex < _validators!.Count
        && IsWithinFutureRounds(vote.Round, vote.ValidatorIndex);

    // True for our round and below, for a future round the validator already has messages in, or while it has
    // fewer than MaxFutureRoundsPerValidator future rounds. A round's proposals are all from its proposer.
    private bool IsWithinFutureRounds(int round, int validatorIndex)
    {
        bool HasMessagesIn(int r) =>
            _keeper!.HasVotedIn(r, validatorIndex)
            || (_proposals.InRound(r).Count > 0 && _validators!.ProposerIndex(State.Height, r) == validatorIndex);

        if (round <= State.Round || HasMessagesIn(round))
        {
            return true;
        }

        var futureRounds = _keeper!.Rounds.Concat(_proposals.Rounds).Where(r => r > State.Round).Distinct().Count(HasMessagesIn);
        return futureRounds < MaxFutureRoundsPerValidator;
    }

    private void ReceiveCommit(Commit commit, List<ConsensusEffect> effects)
    {
        if (commit.Height != State.Height || State.Step == RoundStep.Commit
            || CommitVerifier.Verify(commit, _validators!) != CommitVerification.Valid)
        {
            return;
        }

        State = State with { Step = RoundStep.Commit, Decision = commit.Value };
        effects.Add(new ConsensusEffect.Decided(commit));
    }

    private void Apply(MachineInput input, List<ConsensusEffect> effects)
    {
        var step = _machine!.Apply(State, input);
        if (step.Fired)
        {
            Take(step, effects);
            Advance(effects);
        }
    }

    // Feeds every input whose evidence is present until none fires. Each firing moves the state forward
    // (a step, a round, a flag or the decision), so this terminates.
    private void Advance(List<ConsensusEffect> effects)
    {
        var fired = true;
        while (fired && State.Step != RoundStep.Commit)
        {
            fired = false;
            foreach (var candidate in ReadyInputs.For(State, _keeper!, _proposals))
            {
                var step = _machine!.Apply(State, candidate);
                if (step.Fired)
                {
                    Take(step, effects);
                    fired = true;
                    break;
                }
            }
        }
    }

    private void Take(MachineStep step, List<ConsensusEffect> effects)
    {
        State = step.State;
        foreach (var output in step.Outputs)
        {
            Execute(output, effects);
        }
    }

    private void Execute(MachineOutput output, List<ConsensusEffect> effects)
    {
        switch (output)
        {
            case MachineOutput.RequestValue request:
                effects.Add(new ConsensusEffect.RequestValue(request.Height, request.Round));
                break;
            case MachineOutput.ScheduleTimeout timeout:
                effects.Add(new ConsensusEffect.ScheduleTimeout(timeout.Kind, timeout.Height, timeout.Round, timeouts.For(timeout.Kind, timeout.Round)));
                break;
            case MachineOutput.Propose propose:
                Propose(propose, effects);
                break;
            case MachineOutput.CastVote vote:
                CastVote(vote, effects);
                break;
            case MachineOutput.Decide decide:
                effects.Add(new ConsensusEffect.Decided(BuildCommit(decide)));
                break;
        }
    }

    private void Propose(MachineOutput.Propose propose, List<ConsensusEffect> effects)
    {
        if (signer is null)
        {
            return;
        }

        var proposal = new Proposal(propose.Height, propose.Round, propose.Value, propose.PolRound, _selfIndex);
        var (signature, refusal) = signer.TrySign(propose.Height, propose.Round, SignStep.Proposal, proposal.SignBytes(_validators!.SetId));
        if (signature is null)
        {
            effects.Add(new ConsensusEffect.SigningRefused(propose.Height, propose.Round, SignStep.Proposal, refusal));
            return;
        }

        var signed = new SignedProposal(proposal, signature);
        AddProposal(signed, isValid: true, effects);
        effects.Add(new ConsensusEffect.BroadcastProposal(signed));
    }

    private void CastVote(MachineOutput.CastVote cast, List<ConsensusEffect> effects)
    {
        if (signer is null || _selfIndex < 0)
        {
            return;
        }

        var vote = new Vote(cast.Type, cast.Height, cast.Round, cast.Value, _selfIndex);
        var step = cast.Type == VoteType.Prevote ? SignStep.Prevote : SignStep.Precommit;
        var (signature, refusal) = signer.TrySign(cast.Height, cast.Round, step, vote.SignBytes(_validators!.SetId));
        if (signature is null)
        {
            effects.Add(new ConsensusEffect.SigningRefused(cast.Height, cast.Round, step, refusal));
            return;
        }

        var signed = new SignedVote(vote, signature);
        AddVote(signed, effects);
        effects.Add(new ConsensusEffect.BroadcastVote(signed));
    }

    private Commit BuildCommit(MachineOutput.Decide decide)
    {
        var precommits = _keeper!.VotesOf(decide.Round, VoteType.Precommit)
            .Where(v => v.Vote.Value == decide.Value)
            .Select(v => new CommitSignature(_validators!.KeyAt(v.Vote.ValidatorIndex).ToArray(), v.Signature))
            .ToList();
        return new Commit(decide.Height, decide.Round, decide.Value, _validators!.SetId, precommits);
    }
}
