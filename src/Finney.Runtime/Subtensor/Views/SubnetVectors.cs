using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Storage;

namespace Finney.Runtime.Subtensor.Views;

/// <summary>
/// A subnet's per-UID vectors read once, with subtensor's getter defaults for UIDs beyond a vector (0 or false,
/// except the pruning score, which reads as 65,535).
/// </summary>
internal sealed class SubnetVectors
{
    private readonly bool[] _active;
    private readonly ushort[] _rank;
    private readonly ulong[] _emission;
    private readonly ushort[] _incentive;
    private readonly ushort[] _consensus;
    private readonly ushort[] _trust;
    private readonly ushort[] _validatorTrust;
    private readonly ushort[] _dividends;
    private readonly ulong[] _lastUpdate;
    private readonly bool[] _validatorPermit;
    private readonly ushort[] _pruningScores;

    public SubnetVectors(IStateReader state, ushort netuid)
    {
        Netuid = netuid;
        Count = NetworkStorage.SubnetworkN.Get(state, netuid);
        _active = NeuronStorage.Active.Get(state, netuid);
        _rank = NeuronStorage.Rank.Get(state, netuid);
        _emission = NeuronStorage.Emission.Get(state, netuid);
        _incentive = NeuronStorage.Incentive.Get(state, netuid);
        _consensus = NeuronStorage.Consensus.Get(state, netuid);
        _trust = NeuronStorage.Trust.Get(state, netuid);
        _validatorTrust = NeuronStorage.ValidatorTrust.Get(state, netuid);
        _dividends = NeuronStorage.Dividends.Get(state, netuid);
        _lastUpdate = NeuronStorage.LastUpdate.Get(state, netuid);
        _validatorPermit = NeuronStorage.ValidatorPermit.Get(state, netuid);
        _pruningScores = NeuronStorage.PruningScores.Get(state, netuid);
    }

    public ushort Netuid { get; }

    public ushort Count { get; }

    public bool Active(int uid) => At(_active, uid);

    public ushort Rank(int uid) => At(_rank, uid);

    public ulong Emission(int uid) => At(_emission, uid);

    public ushort Incentive(int uid) => At(_incentive, uid);

    public ushort Consensus(int uid) => At(_consensus, uid);

    public ushort Trust(int uid) => At(_trust, uid);

    public ushort ValidatorTrust(int uid) => At(_validatorTrust, uid);

    public ushort Dividends(int uid) => At(_dividends, uid);

    public ulong LastUpdate(int uid) => At(_lastUpdate, uid);

    public bool ValidatorPermit(int uid) => At(_validatorPermit, uid);

    public ushort PruningScore(int uid) => uid < _pruningScores.Length ? _pruningScores[uid] : ushort.MaxValue;

    private static T At<T>(T[] values, int uid)
        where T : struct => uid < values.Length ? values[uid] : default;
}
