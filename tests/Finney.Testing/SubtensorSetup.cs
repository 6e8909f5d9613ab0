using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Staking;
using Finney.Storage;

namespace Finney.Testing;

/// <summary>
/// Shortcuts for SubtensorModule scenarios on a <see cref="TestChain"/>: subnets opened by root, registrations,
/// blocks run in bulk, and plain accounts for hotkeys that never sign extrinsics.
/// </summary>
public static class SubtensorSetup
{
    /// <summary>A deterministic account with <paramref name="seed"/> in its first bytes (for hotkeys and coldkeys dispatched directly).</summary>
    public static AccountId32 Account(int seed)
    {
        var bytes = new byte[32];
        BitConverter.TryWriteBytes(bytes, seed);
        bytes[31] = 0xA5;
        return new AccountId32(bytes);
    }

    /// <summary>Adds subnet <paramref name="netuid"/> as root and, unless told otherwise, opens registration on it.</summary>
    public static TestChain WithSubnet(this TestChain chain, ushort netuid, ushort tempo = 99, bool openRegistration = true)
    {
        ArgumentNullException.ThrowIfNull(chain);
        Require(chain.Dispatch(new SudoAddNetwork(netuid, tempo, 0), Origin.Root), "sudo_add_network");
        if (openRegistration)
        {
            Require(chain.Dispatch(new SudoSetRegistrationAllowed(netuid, true), Origin.Root), "sudo_set_registration_allowed");
        }

        return chain;
    }

    /// <summary>Dispatches <paramref name="call"/> as root and requires success.</summary>
    public static TestChain Sudo(this TestChain chain, RuntimeCall call)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(call);
        Require(chain.Dispatch(call, Origin.Root), call.GetType().Name);
        return chain;
    }

    /// <summary>Registers <paramref name="hotkey"/> for <paramref name="coldkey"/> by burn and requires success.</summary>
    public static TestChain Registered(this TestChain chain, ushort netuid, AccountId32 coldkey, AccountId32 hotkey)
    {
        ArgumentNullException.ThrowIfNull(chain);
        Require(chain.Dispatch(new BurnedRegister(netuid, hotkey), coldkey), "burned_register");
        return chain;
    }

    /// <summary>Stakes from <paramref name="coldkey"/> to <paramref name="hotkey"/> and requires success.</summary>
    public static TestChain Staked(this TestChain chain, AccountId32 coldkey, AccountId32 hotkey, ulong amount)
    {
        ArgumentNullException.ThrowIfNull(chain);
        Require(chain.Dispatch(new AddStake(hotkey, amount), coldkey), "add_stake");
        return chain;
    }

    /// <summary>Applies storage changes written directly (state a scenario needs that no call produces, e.g. a permit).</summary>
    public static TestChain WithChanges(this TestChain chain, StateOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(overlay);
        chain.Apply(overlay.Changes);
        return chain;
    }

    /// <summary>Produces <paramref name="count"/> empty blocks.</summary>
    public static TestChain RunBlocks(this TestChain chain, int count)
    {
        ArgumentNullException.ThrowIfNull(chain);
        for (int i = 0; i < count; i++)
        {
            chain.ProduceBlock();
        }

        return chain;
    }

    /// <summary>Produces blocks until the head is <paramref name="number"/>.</summary>
    public static TestChain RunToBlock(this TestChain chain, ulong number)
    {
        ArgumentNullException.ThrowIfNull(chain);
        while (chain.Head.Number < number)
        {
            chain.ProduceBlock();
        }

        return chain;
    }

    private static void Require(DispatchResult result, string what)
    {
        if (!result.IsOk)
        {
            throw new TestRuntimeException($"{what} failed: {result.Error}");
        }
    }
}
