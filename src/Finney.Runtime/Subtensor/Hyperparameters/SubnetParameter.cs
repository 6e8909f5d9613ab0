using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;
using Finney.Runtime.Subtensor.Networks;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>What the sudo hyperparameter setters share: root origin, an existing subnet, one write, one event.</summary>
public static class SubnetParameter
{
    /// <summary>The declared weight of a setter: one read, one write.</summary>
    public static DispatchInfo Info => new(new Weight(10_000_000, 0).WithDbAccess(1, 1), DispatchClass.Operational, Pays.No);

    /// <summary>
    /// Root only; the subnet must exist (<c>NetworkDoesNotExist</c>) and <paramref name="check"/> must pass; then
    /// writes <paramref name="value"/> and deposits <paramref name="setEvent"/>.
    /// </summary>
    public static DispatchResult Set<T>(Origin origin, Externalities ext, ushort netuid, StorageMap<ushort, T> item, T value, SubtensorEvent setEvent, Func<DispatchError?>? check = null)
    {
        ArgumentNullException.ThrowIfNull(ext);
        ArgumentNullException.ThrowIfNull(item);
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (!SubnetRegistry.Exists(ext, netuid))
        {
            return SubtensorErrors.Of(SubtensorError.NetworkDoesNotExist);
        }

        if (check?.Invoke() is { } failed)
        {
            return failed;
        }

        item.Insert(ext.State, netuid, value);
        ext.DepositEvent(setEvent);
        return SubtensorCall.NoFee;
    }

    /// <summary>Root only, no subnet check (as subtensor's setters of serving rate limit and registration toggle): writes and deposits.</summary>
    public static DispatchResult SetUnchecked<T>(Origin origin, Externalities ext, ushort netuid, StorageMap<ushort, T> item, T value, SubtensorEvent setEvent)
    {
        ArgumentNullException.ThrowIfNull(ext);
        ArgumentNullException.ThrowIfNull(item);
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        item.Insert(ext.State, netuid, value);
        ext.DepositEvent(setEvent);
        return SubtensorCall.NoFee;
    }

    /// <summary>Root only, a global value: writes and deposits <paramref name="setEvent"/> when given.</summary>
    public static DispatchResult SetGlobal<T>(Origin origin, Externalities ext, StorageValue<T> item, T value, SubtensorEvent? setEvent)
    {
        ArgumentNullException.ThrowIfNull(ext);
        ArgumentNullException.ThrowIfNull(item);
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        item.Put(ext.State, value);
        if (setEvent is not null)
        {
            ext.DepositEvent(setEvent);
        }

        return SubtensorCall.NoFee;
    }
}
