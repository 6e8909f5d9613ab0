using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.System;

/// <summary>
/// The owner of <c>System.Account</c>: reference counting (providers and consumers) with account creation and
/// reaping, and nonces, as frame_system does them. Balances keeps its <see cref="AccountData"/> through here.
/// </summary>
public static class SystemAccounts
{
    /// <summary>The account's record (the empty record when it does not exist).</summary>
    public static AccountInfo Get(Externalities ext, AccountId32 who) => SystemStorage.Account.Get(ext.State, who);

    /// <summary>The account's next nonce.</summary>
    public static uint Nonce(Externalities ext, AccountId32 who) => Get(ext, who).Nonce;

    /// <summary>Increments the nonce (checked: a u32 nonce cannot wrap).</summary>
    public static void IncrementNonce(Externalities ext, AccountId32 who)
    {
        var info = Get(ext, who);
        SystemStorage.Account.Insert(ext.State, who, info with { Nonce = checked(info.Nonce + 1) });
    }

    /// <summary>True when a provider reference can be dropped without leaving consumers stranded.</summary>
    public static bool CanDecProvider(Externalities ext, AccountId32 who)
    {
        var info = Get(ext, who);
        return info.Consumers == 0 || info.Providers > 1;
    }

    /// <summary>Adds a provider; creates the account (<c>NewAccount</c>) when it had none.</summary>
    public static void IncProviders(Externalities ext, AccountId32 who)
    {
        var info = Get(ext, who);
        if (info.Providers == 0 && info.Sufficients == 0)
        {
            SystemStorage.Account.Insert(ext.State, who, info with { Providers = 1 });
            ext.DepositEvent(new NewAccount(who));
            return;
        }

        SystemStorage.Account.Insert(ext.State, who, info with { Providers = Saturating.Add(info.Providers, 1u) });
    }

    /// <summary>
    /// Drops a provider. The last one reaps the account (<c>KilledAccount</c>, record removed) unless consumers
    /// remain, which is <c>ConsumerRemaining</c>.
    /// </summary>
    public static DispatchError? DecProviders(Externalities ext, AccountId32 who)
    {
        if (!SystemStorage.Account.TryGet(ext.State, who, out var info))
        {
            // frame_system logs "account already dead" and reports it reaped.
            return null;
        }

        var providers = Math.Max(info.Providers, 1u);
        if (providers == 1 && info.Consumers == 0 && info.Sufficients == 0)
        {
            SystemStorage.Account.Remove(ext.State, who);
            ext.DepositEvent(new KilledAccount(who));
            return null;
        }

        if (providers == 1 && info.Consumers > 0)
        {
            return DispatchError.ConsumerRemaining;
        }

        SystemStorage.Account.Insert(ext.State, who, info with { Providers = providers - 1 });
        return null;
    }

    /// <summary>
    /// <see cref="IncProviders"/> on a record already read: returns the record with one more provider, emitting
    /// <c>NewAccount</c> when it is the first. Nothing is stored until <see cref="Store"/>.
    /// </summary>
    public static AccountInfo WithProviderAdded(Externalities ext, AccountId32 who, AccountInfo info)
    {
        if (info.Providers == 0 && info.Sufficients == 0)
        {
            ext.DepositEvent(new NewAccount(who));
            return info with { Providers = 1 };
        }

        return info with { Providers = Saturating.Add(info.Providers, 1u) };
    }

    /// <summary>
    /// <see cref="DecProviders"/> on a record already read: the record with one provider fewer (with no providers
    /// left, <c>KilledAccount</c> is emitted and <see cref="Store"/> will remove it), or null for <c>ConsumerRemaining</c>.
    /// </summary>
    public static AccountInfo? WithProviderRemoved(Externalities ext, AccountId32 who, AccountInfo info)
    {
        var providers = Math.Max(info.Providers, 1u);
        if (providers == 1 && info.Consumers == 0 && info.Sufficients == 0)
        {
            ext.DepositEvent(new KilledAccount(who));
            return info with { Providers = 0 };
        }

        return providers == 1 && info.Consumers > 0 ? null : info with { Providers = providers - 1 };
    }

    /// <summary>Writes the record, or removes it when the account has no provider or sufficient left.</summary>
    public static void Store(Externalities ext, AccountId32 who, AccountInfo info)
    {
        if (info.Providers > 0 || info.Sufficients > 0)
        {
            SystemStorage.Account.Insert(ext.State, who, info);
        }
        else
        {
            SystemStorage.Account.Remove(ext.State, who);
        }
    }
}
