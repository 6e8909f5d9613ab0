using Finney.Consensus.Driver;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Hashing;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// A deterministic network of consensus participants in virtual time: one seeded generator decides every
/// delay, loss, duplicate and fault, and events run in (time, insertion) order, so a seed replays a run exactly.
/// Nodes exchange real signed messages, keep real WALs and signing records on simulated disks, catch up from
/// peers' commits, and are checked by <see cref="InvariantChecker"/> as every effect happens.
/// </summary>
public sealed class Simulation
{
    private readonly EventQueue _queue = new();
    private readonly SimulationOptions _options;
    private readonly List<SimNode> _nodes = [];
    private int[] _groupOf;

    public Simulation(SimulationOptions options)
    {
        _options = options;
        Random = new SplitMix64(options.Seed);
        var keys = Enumerable.Range(0, options.Validators).Select(ValidatorKey).ToList();
        Validators = new ValidatorSet(keys.Select(k => k.PublicKey.ToArray()));
        for (var i = 0; i < keys.Count; i++)
        {
            _nodes.Add(new SimNode(i, i, keys[i]));
        }

        foreach (var twinned in options.TwinnedKeys)
        {
            _nodes.Add(new SimNode(_nodes.Count, twinned, keys[twinned]));
        }

        _groupOf = new int[_nodes.Count];
        Invariants = new InvariantChecker(Validators, key => !options.TwinnedKeys.Contains(key));
        foreach (var node in _nodes)
        {
            Boot(node);
            _queue.Schedule(Random.Between(0, options.GossipIntervalMs), new SimEvent.GossipTick(node.Id, node.Incarnation));
        }
    }

    public SplitMix64 Random { get; }

    public long Now { get; private set; }

    public ValidatorSet Validators { get; }

    public InvariantChecker Invariants { get; }

    public NetworkConditions Network { get; set; } = NetworkConditions.Synchronous;

    public IReadOnlyList<SimNode> Nodes => _nodes;

    public IEnumerable<SimNode> HonestNodes => _nodes.Where(n => !_options.TwinnedKeys.Contains(n.KeyIndex));

    public long EventsRun { get; private set; }

    /// <summary>Schedules a scenario step (a fault or a repair) at a virtual time.</summary>
    public void At(long time, string description, Action<Simulation> step) =>
        _queue.Schedule(time, new SimEvent.ScenarioStep(description, step));

    /// <summary>Runs events up to and including <paramref name="time"/>.</summary>
    public void RunUntil(long time)
    {
        while (_queue.TryNext(time, out var at, out var next))
        {
            Now = at;
            EventsRun++;
            Run(next!);
        }

        Now = time;
    }

    /// <summary>Splits the nodes into groups that only reach their own members; unlisted nodes stay in group 0.</summary>
    public void Partition(params int[][] groups)
    {
        _groupOf = new int[_nodes.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var node in groups[g])
            {
                _groupOf[node] = g + 1;
            }
        }
    }

    public void Heal() => _groupOf = new int[_nodes.Count];

    public void Crash(int node)
    {
        var target = _nodes[node];
        if (target.IsUp)
        {
            target.Participant = null;
            target.Incarnation++;
            target.Disk.Crash();
        }
    }

    public void Restart(int node)
    {
        var target = _nodes[node];
        if (!target.IsUp)
        {
            target.Incarnation++;
            Boot(target);
            _queue.Schedule(Now + Random.Between(0, _options.GossipIntervalMs), new SimEvent.GossipTick(target.Id, target.Incarnation));
        }
    }

    /// <summary>
    /// Restarts a faulty node with its WAL and signing record wiped (amnesia: it may now sign against what it
    /// signed before). Only twinned keys may do this; an honest validator never loses its disk.
    /// </summary>
    public void RestartWithAmnesia(int node)
    {
        var target = _nodes[node];
        if (!_options.TwinnedKeys.Contains(target.KeyIndex))
        {
            throw new InvalidOperationException($"node {node} is honest; amnesia is a Byzantine fault");
        }

        Crash(node);
        target.Disk.Wipe();
        Restart(node);
    }

    /// <summary>Heights decided by a node (its chain length).</summary>
    public uint DecidedBy(int node) => (uint)_nodes[node].Disk.Chain.Count;

    /// <summary>The highest round any running node is in.</summary>
    public int MaxRound() => _nodes.Where(n => n.IsUp).Select(n => n.Participant!.Driver.State.Round).DefaultIfEmpty(0).Max();

    /// <summary>One line per node: up or down, chain length and Tendermint state (for failure messages).</summary>
    public string Describe() => string.Join(
        "; ",
        _nodes.Select(n => n.IsUp
            ? $"node {n.Id} (key {n.KeyIndex}) chain {n.Disk.Chain.Count} {Summary(n.Participant!.Driver.State)}"
            : $"node {n.Id} (key {n.KeyIndex}) down, chain {n.Disk.Chain.Count}"));

    private static string Summary(RoundState s) =>
        $"h{s.Height} r{s.Round} {s.Step} locked {Short(s.LockedValue)}@{s.LockedRound} valid {Short(s.ValidValue)}@{s.ValidRound}";

    private static string Short(BlockHash? value) => value?.ToString()[..8] ?? "nil";

    private static Ed25519Keypair ValidatorKey(int index) =>
        Ed25519Keypair.FromSeed(Blake2b.Hash256(BitConverter.GetBytes(index + 1)));

    private void Boot(SimNode node)
    {
        node.Participant = new ConsensusParticipant(node.Disk.Wal, node.Key, node.Disk.LastSigned, _options.Timeouts);
        var effects = node.Participant.Recover(new ConsensusInput.StartHeight(node.NextHeight, Validators));
        Execute(node, effects, caughtUp: false);
    }

    private void Run(SimEvent next)
    {
        switch (next)
        {
            case SimEvent.Deliver deliver:
                Deliver(deliver);
                break;
            case SimEvent.NodeInput input when IsCurrent(input.Node, input.Incarnation):
                Feed(_nodes[input.Node], input.Input, caughtUp: false);
                break;
            case SimEvent.StartNextHeight start when IsCurrent(start.Node, start.Incarnation) && _nodes[start.Node].NextHeight == start.Height:
                StartHeight(_nodes[start.Node]);
                break;
            case SimEvent.GossipTick tick when IsCurrent(tick.Node, tick.Incarnation):
                Gossip(_nodes[tick.Node]);
                _queue.Schedule(Now + _options.GossipIntervalMs, tick);
                break;
            case SimEvent.ScenarioStep step:
                step.Apply(this);
                break;
        }
    }

    private bool IsCurrent(int node, int incarnation) => _nodes[node].IsUp && _nodes[node].Incarnation == incarnation;

    private void StartHeight(SimNode node)
    {
        if (node.Participant!.Height < node.NextHeight)
        {
            Feed(node, new ConsensusInput.StartHeight(node.NextHeight, Validators), caughtUp: false);
        }
    }

    private void Feed(SimNode node, ConsensusInput input, bool caughtUp) =>
        Execute(node, node.Participant!.Handle(input), caughtUp);

    private void Execute(SimNode node, IReadOnlyList<ConsensusEffect> effects, bool caughtUp)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ConsensusEffect.BroadcastProposal proposal:
                    var p = proposal.Proposal.Proposal;
                    Invariants.Signed(Now, node, p.Height, p.Round, 0, p.SignBytes(Validators.SetId));
                    SendToAll(node, new SimMessage.ProposalMessage(proposal.Proposal));
                    break;
                case ConsensusEffect.BroadcastVote vote:
                    var v = vote.Vote.Vote;
                    Invariants.Signed(Now, node, v.Height, v.Round, 1 + (int)v.Type, v.SignBytes(Validators.SetId));
                    SendToAll(node, new SimMessage.VoteMessage(vote.Vote));
                    break;
                case ConsensusEffect.ScheduleTimeout timeout:
                    _queue.Schedule(Now + (timeout.After.Ticks / TimeSpan.TicksPerMillisecond), new SimEvent.NodeInput(node.Id, node.Incarnation, new ConsensusInput.TimeoutElapsed(timeout.Kind, timeout.Height, timeout.Round)));
                    break;
                case ConsensusEffect.RequestValue request:
                    var value = BlockValue(request.Height, request.Round, node.Id);
                    Invariants.ValueCreated(request.Height, value);
                    _queue.Schedule(Now + Random.Between(0, 50), new SimEvent.NodeInput(node.Id, node.Incarnation, new ConsensusInput.ValueReady(request.Height, request.Round, value)));
                    break;
                case ConsensusEffect.Decided decided:
                    Decide(node, decided, caughtUp);
                    break;
                case ConsensusEffect.EquivocationDetected equivocation:
                    Invariants.Evidence(Now, node, equivocation.Evidence);
                    break;
                case ConsensusEffect.SigningRefused refused:
                    Invariants.SigningRefused(Now, node, refused.ToString());
                    break;
            }
        }
    }

    private void Decide(SimNode node, ConsensusEffect.Decided decided, bool caughtUp)
    {
        Invariants.Decided(Now, node, decided.Commit);
        if (decided.Commit.Height != node.NextHeight)
        {
            return;
        }

        node.Disk.Chain.Add(decided.Commit);
        if (caughtUp)
        {
            StartHeight(node);
        }
        else
        {
            _queue.Schedule(Now + _options.BlockIntervalMs, new SimEvent.StartNextHeight(node.Id, node.Incarnation, node.NextHeight));
        }
    }

    private static BlockHash BlockValue(uint height, int round, int nodeId)
    {
        var seed = new byte[12];
        BitConverter.TryWriteBytes(seed, height);
        BitConverter.TryWriteBytes(seed.AsSpan(4), round);
        BitConverter.TryWriteBytes(seed.AsSpan(8), nodeId);
        return new BlockHash(Blake2b.Hash256(seed));
    }

    private void Gossip(SimNode node)
    {
        var bundle = node.Participant!.Driver.GossipMessages();
        foreach (var peer in _nodes.Where(n => n.Id != node.Id))
        {
            Send(node, peer, new SimMessage.Status(node.NextHeight));
            foreach (var proposal in bundle.Proposals)
            {
                Send(node, peer, new SimMessage.ProposalMessage(proposal));
            }

            foreach (var vote in bundle.Votes)
            {
                Send(node, peer, new SimMessage.VoteMessage(vote));
            }
        }
    }

    private void SendToAll(SimNode from, SimMessage message)
    {
        foreach (var peer in _nodes.Where(n => n.Id != from.Id))
        {
            Send(from, peer, message);
        }
    }

    private void Send(SimNode from, SimNode to, SimMessage message)
    {
        if (_groupOf[from.Id] != _groupOf[to.Id] || Random.Chance(Network.DropPermille))
        {
            return;
        }

        _queue.Schedule(Now + Delay(), new SimEvent.Deliver(from.Id, to.Id, message));
        if (Random.Chance(Network.DuplicatePermille))
        {
            _queue.Schedule(Now + Delay(), new SimEvent.Deliver(from.Id, to.Id, message));
        }
    }

    private long Delay()
    {
        var delay = Random.Between(Network.MinLatencyMs, Network.MaxLatencyMs);
        return Random.Chance(Network.SpikePermille) ? delay + Random.Between(0, Network.SpikeMs) : delay;
    }

    private void Deliver(SimEvent.Deliver deliver)
    {
        var to = _nodes[deliver.To];
        if (!to.IsUp || _groupOf[deliver.From] != _groupOf[deliver.To])
        {
            return;
        }

        switch (deliver.Message)
        {
            case SimMessage.ProposalMessage proposal:
                var p = proposal.Proposal.Proposal;
                Feed(to, new ConsensusInput.ReceiveProposal(proposal.Proposal, Invariants.IsValidValue(p.Height, p.Value)), caughtUp: false);
                break;
            case SimMessage.VoteMessage vote:
                Feed(to, new ConsensusInput.ReceiveVote(vote.Vote), caughtUp: false);
                break;
            case SimMessage.Status status when to.NextHeight > status.Height:
                var missing = to.Disk.Chain.Skip((int)status.Height - 1).Take(_options.CommitBatch).ToList();
                Send(to, _nodes[deliver.From], new SimMessage.Commits(missing));
                break;
            case SimMessage.Commits commits:
                // A node waiting out its block interval may as well start the next height to take the commits.
                StartHeight(to);
                foreach (var commit in commits.InOrder.Where(c => c.Height >= to.NextHeight))
                {
                    if (to.IsUp)
                    {
                        Feed(to, new ConsensusInput.ReceiveCommit(commit), caughtUp: true);
                    }
                }

                break;
        }
    }
}
