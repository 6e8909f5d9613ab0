using Finney.Primitives.FixedPoint;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;
using Finney.Runtime.Subtensor.Networks;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>
/// Moves each subnet's PoW difficulty and burn toward its registration target once per adjustment interval
/// (subtensor's <c>adjust_registration_terms_for_networks</c>), and resets the per-block counter every block.
/// </summary>
public static class RegistrationAdjustment
{
    /// <summary>Runs for every subnet at block <paramref name="now"/>.</summary>
    public static void Run(Externalities ext, ulong now)
    {
        var state = ext.State;
        foreach (var (netuid, added) in NetworkStorage.NetworksAdded.Iterate(state).ToList())
        {
            if (!added)
            {
                continue;
            }

            var interval = RegistrationStorage.AdjustmentInterval.Get(state, netuid);
            if (now - RegistrationStorage.LastAdjustmentBlock.Get(state, netuid) >= interval)
            {
                Adjust(ext, netuid);
                RegistrationStorage.LastAdjustmentBlock.Insert(state, netuid, now);
                RegistrationStorage.RegistrationsThisInterval.Insert(state, netuid, 0);
                RegistrationStorage.POWRegistrationsThisInterval.Insert(state, netuid, 0);
                RegistrationStorage.BurnRegistrationsThisInterval.Insert(state, netuid, 0);
            }

            RegistrationStorage.RegistrationsThisBlock.Insert(state, netuid, 0);
        }
    }

    /// <summary>
    /// One adjustment step in I110F18: <c>upd = cur·(r + t) / (2t)</c>, blended with the current value by
    /// AdjustmentAlpha / u64::MAX, clamped to [min, max]. The sums are u16 additions, as on subtensor.
    /// </summary>
    public static ulong NextValue(ulong current, ushort registrations, ushort target, ulong alpha, ulong min, ulong max)
    {
        var cur = I110F18.FromUInt64(current);
        var updated = cur * I110F18.FromUInt64(unchecked((ushort)(registrations + target)))
            / I110F18.FromUInt64(unchecked((ushort)(target + target)));
        var a = I110F18.FromUInt64(alpha) / I110F18.FromUInt64(ulong.MaxValue);
        var next = (a * cur) + ((I110F18.One - a) * updated);
        return next >= I110F18.FromUInt64(max) ? max : next <= I110F18.FromUInt64(min) ? min : next.ToUInt64();
    }

    // Too many registrations raise the price of the kind used more; too few lower the price of the kind used
    // less; a tie moves both.
    private static void Adjust(Externalities ext, ushort netuid)
    {
        var state = ext.State;
        var r = RegistrationStorage.RegistrationsThisInterval.Get(state, netuid);
        var t = RegistrationStorage.TargetRegistrationsPerInterval.Get(state, netuid);
        var pow = RegistrationStorage.POWRegistrationsThisInterval.Get(state, netuid);
        var burned = RegistrationStorage.BurnRegistrationsThisInterval.Get(state, netuid);
        if (t == 0)
        {
            // subtensor divides by zero here and halts the chain; with no target nothing can register anyway.
            return;
        }

        var powHeavier = r > t ? pow >= burned : pow <= burned;
        var burnHeavier = r > t ? pow <= burned : pow >= burned;
        if (powHeavier)
        {
            Update(state, netuid, r, t, RegistrationStorage.Difficulty, RegistrationStorage.MinDifficulty, RegistrationStorage.MaxDifficulty);
        }

        if (burnHeavier)
        {
            Update(state, netuid, r, t, RegistrationStorage.Burn, RegistrationStorage.MinBurn, RegistrationStorage.MaxBurn);
        }
    }

    private static void Update(Finney.Storage.StateOverlay state, ushort netuid, ushort r, ushort t, StorageMap<ushort, ulong> value, StorageMap<ushort, ulong> min, StorageMap<ushort, ulong> max)
    {
        var next = NextValue(value.Get(state, netuid), r, t, RegistrationStorage.AdjustmentAlpha.Get(state, netuid), min.Get(state, netuid), max.Get(state, netuid));
        value.Insert(state, netuid, next);
    }
}
