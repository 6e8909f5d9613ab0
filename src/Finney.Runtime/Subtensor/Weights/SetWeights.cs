using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Epoch;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;

namespace Finney.Runtime.Subtensor.Weights;

/// <summary>
/// Sets the signing hotkey's weights on a subnet: one u16 value per destination UID, stored max-upscaled so the
/// largest becomes 65,535. Needs a validator permit unless the only weight is on the caller itself.
/// </summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Dests">Destination UIDs, each once.</param>
/// <param name="Weights">One value per destination (any scale).</param>
/// <param name="VersionKey">The validator's version; at least the subnet's <c>WeightsVersionKey</c>.</param>
public sealed record SetWeights(ushort Netuid, ushort[] Dests, ushort[] Weights, ulong VersionKey) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(10_151_000_000, 0).WithDbAccess(4104, 2));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var hotkey, out var error))
        {
            return error;
        }

        if (Dests.Length != Weights.Length)
        {
            return Error(SubtensorError.WeightVecNotEqualSize);
        }

        if (!SubnetRegistry.Exists(ext, Netuid))
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        var n = NetworkStorage.SubnetworkN.Get(ext.State, Netuid);
        if (Dests.Length > n)
        {
            return Error(SubtensorError.TooManyUids);
        }

        if (!NeuronRegistry.TryGetUid(ext, Netuid, hotkey, out var uid))
        {
            return Error(SubtensorError.NotRegistered);
        }

        var now = SubtensorPallet.CurrentBlock(ext);
        if (Check(ext, uid, n, now) is { } refused)
        {
            return Error(refused);
        }

        var upscaled = U16Proportion.MaxUpscale(Weights);
        var maxLimit = HyperparameterStorage.MaxWeightsLimit.Get(ext.State, Netuid);
        if (!WeightRules.IsSelfWeight(uid, Dests) && maxLimit != ushort.MaxValue && !WeightRules.IsMaxLimited(upscaled, maxLimit))
        {
            return Error(SubtensorError.MaxWeightExceeded);
        }

        var row = new (ushort, ushort)[Dests.Length];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = (Dests[i], upscaled[i]);
        }

        WeightsStorage.Weights.Insert(ext.State, Netuid, uid, row);
        var lastUpdate = NeuronStorage.LastUpdate.Get(ext.State, Netuid);
        if (uid < lastUpdate.Length)
        {
            lastUpdate[uid] = now;
            NeuronStorage.LastUpdate.Insert(ext.State, Netuid, lastUpdate);
        }

        ext.DepositEvent(new WeightsSet(Netuid, uid));
        return NoFee;
    }

    /// <inheritdoc />
    public bool Equals(SetWeights? other) =>
        other is not null && Netuid == other.Netuid && VersionKey == other.VersionKey
        && Dests.AsSpan().SequenceEqual(other.Dests) && Weights.AsSpan().SequenceEqual(other.Weights);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Netuid, Dests.Length, VersionKey);

    // Version key, rate limit, permit, duplicates, valid UIDs and minimum count, in subtensor's order.
    private SubtensorError? Check(Externalities ext, ushort uid, ushort n, ulong now)
    {
        var state = ext.State;
        var networkKey = HyperparameterStorage.WeightsVersionKey.Get(state, Netuid);
        if (networkKey != 0 && VersionKey < networkKey)
        {
            return SubtensorError.IncorrectNetworkVersionKey;
        }

        var lastUpdate = NeuronStorage.LastUpdate.Get(state, Netuid);
        var last = uid < lastUpdate.Length ? lastUpdate[uid] : 0;
        if (last != 0 && now - last < HyperparameterStorage.WeightsSetRateLimit.Get(state, Netuid))
        {
            return SubtensorError.SettingWeightsTooFast;
        }

        var selfWeight = WeightRules.IsSelfWeight(uid, Dests);
        var permits = NeuronStorage.ValidatorPermit.Get(state, Netuid);
        if (!selfWeight && !(uid < permits.Length && permits[uid]))
        {
            return SubtensorError.NoValidatorPermit;
        }

        if (WeightRules.HasDuplicates(Dests))
        {
            return SubtensorError.DuplicateUids;
        }

        if (Dests.Any(dest => !NeuronStorage.Keys.ContainsKey(state, Netuid, dest)))
        {
            return SubtensorError.InvalidUid;
        }

        // The minimum is capped at the subnet's size, so a small subnet can satisfy it.
        var minimum = Math.Min(n, HyperparameterStorage.MinAllowedWeights.Get(state, Netuid));
        return selfWeight || Dests.Length >= minimum ? null : SubtensorError.NotSettingEnoughWeights;
    }
}
