using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Neurons;

namespace Finney.Runtime.Subtensor.Serving;

/// <summary>The checks <c>serve_axon</c> and <c>serve_prometheus</c> share (subtensor's <c>serving.rs</c>).</summary>
public static class ServingRules
{
    /// <summary>
    /// Registered on any subnet (the netuid itself is not checked, as on subtensor), a valid IP type and address,
    /// and the serving rate limit since <paramref name="previousBlock"/>.
    /// </summary>
    public static SubtensorError? Check(Externalities ext, ushort netuid, AccountId32 hotkey, byte ipType, UInt128 ip, ulong previousBlock)
    {
        if (!NeuronRegistry.IsRegisteredAnywhere(ext, hotkey))
        {
            return SubtensorError.NotRegistered;
        }

        if (!IsValidIpType(ipType))
        {
            return SubtensorError.InvalidIpType;
        }

        if (!IsValidIpAddress(ipType, ip))
        {
            return SubtensorError.InvalidIpAddress;
        }

        var limit = HyperparameterStorage.ServingRateLimit.Get(ext.State, netuid);
        var now = SubtensorPallet.CurrentBlock(ext);
        return limit == 0 || previousBlock == 0 || now - previousBlock >= limit ? null : SubtensorError.ServingRateLimitExceeded;
    }

    /// <summary>4 or 6.</summary>
    public static bool IsValidIpType(byte ipType) => ipType is 4 or 6;

    /// <summary>Not zero; IPv4 below 2³² − 1 and not 127.0.0.1; IPv6 not all ones and not ::1.</summary>
    public static bool IsValidIpAddress(byte ipType, UInt128 ip) => ip != 0 && ipType switch
    {
        4 => ip < uint.MaxValue && ip != 0x7f00_0001,
        6 => ip != UInt128.MaxValue && ip != 1,
        _ => false,
    };
}
