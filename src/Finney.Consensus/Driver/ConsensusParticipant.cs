using Finney.Consensus.Signing;
using Finney.Consensus.Wal;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Driver;

/// <summary>
/// One node's consensus with its durable state: the driver, the WAL of the current height and the signing
/// guard. Each new input is appended to the WAL before the driver sees it; the guard flushes the WAL and saves
/// the last-signed record before releasing any signature. After a crash, <see cref="Recover"/> replays the
/// height's WAL, which re-creates the same state and the same (identical) signed messages. Messages for the
/// next height wait in a small buffer until the node starts it.
/// </summary>
public sealed class ConsensusParticipant
{
    private const int MaxBufferedForNextHeight = 4096;

    private readonly IConsensusWal _wal;
    private readonly List<ConsensusInput> _nextHeight = [];

    /// <summary>Creates a participant; without a key it only follows (a full node).</summary>
    public ConsensusParticipant(IConsensusWal wal, Ed25519Keypair? key, ILastSignedStore lastSigned, ConsensusTimeouts timeouts)
    {
        _wal = wal;
        var signer = key is null ? null : new ConsensusSigner(key, lastSigned, beforePersist: wal.Flush);
        Driver = new ConsensusDriver(signer, timeouts);
    }

    /// <summary>The driver, for its state, evidence and gossip.</summary>
    public ConsensusDriver Driver { get; }

    /// <summary>The height being decided.</summary>
    public uint Height => Driver.State.Height;

    /// <summary>Records and handles one input; returns the effects to carry out.</summary>
    public IReadOnlyList<ConsensusEffect> Handle(ConsensusInput input)
    {
        if (input is ConsensusInput.StartHeight start)
        {
            _wal.BeginHeight(start);
            var effects = new List<ConsensusEffect>(Driver.Handle(start));
            var waiting = _nextHeight.ToList();
            _nextHeight.Clear();
            foreach (var buffered in waiting)
            {
                effects.AddRange(Handle(buffered));
            }

            return effects;
        }

        if (Driver.IsRunning && HeightOf(input) == Height + 1)
        {
            if (_nextHeight.Count < MaxBufferedForNextHeight)
            {
                _nextHeight.Add(input);
            }

            return [];
        }

        if (!Driver.IsNew(input))
        {
            return [];
        }

        _wal.Append(input);
        return Driver.Handle(input);
    }

    /// <summary>
    /// Restores the state after a restart. When the WAL holds <paramref name="start"/>'s height, its inputs are
    /// replayed (the returned effects re-send our messages and re-arm timeouts); otherwise the height starts fresh.
    /// </summary>
    public IReadOnlyList<ConsensusEffect> Recover(ConsensusInput.StartHeight start)
    {
        var records = _wal.ReadDurable();
        if (records.Count == 0 || records[0] is not ConsensusInput.StartHeight logged || logged.Height != start.Height)
        {
            return Handle(start);
        }

        var effects = new List<ConsensusEffect>();
        foreach (var record in records)
        {
            effects.AddRange(Driver.Handle(record));
        }

        return effects;
    }

    private static uint? HeightOf(ConsensusInput input) => input switch
    {
        ConsensusInput.ReceiveProposal p => p.Proposal.Proposal.Height,
        ConsensusInput.ReceiveVote v => v.Vote.Vote.Height,
        _ => null,
    };
}
