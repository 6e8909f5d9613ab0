using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;

namespace Finney.Runtime.Balances;

/// <summary>
/// The only code that changes balances and <c>TotalIssuance</c>: pallet-balances' fungible implementation with
/// System as the account store. Accounts are created when free balance reaches the existential deposit
/// (<c>NewAccount</c>, <c>Endowed</c>) and reaped when it falls below (<c>KilledAccount</c>, <c>DustLost</c>, the dust
/// burned from issuance), so total issuance always equals the sum of all balances.
/// </summary>
public static class BalancesLedger
{
    /// <summary>An account's balances.</summary>
    public static AccountData Account(Externalities ext, AccountId32 who) => SystemAccounts.Get(ext, who).Data;

    /// <summary>The total issuance.</summary>
    public static ulong TotalIssuance(Externalities ext) => BalancesPallet.TotalIssuance.Get(ext.State);

    /// <summary>
    /// How much of the free balance can be withdrawn: all of it above the frozen part, less the existential
    /// deposit when the account must survive (FRAME's <c>reducible_balance</c>; <paramref name="force"/> ignores freezes).
    /// </summary>
    public static ulong ReducibleBalance(Externalities ext, AccountId32 who, Preservation preservation, bool force = false) =>
        Reducible(SystemAccounts.Get(ext, who), preservation, force);

    /// <summary>
    /// Moves <paramref name="amount"/> from <paramref name="source"/> to <paramref name="dest"/> (fungible
    /// <c>Mutate::transfer</c>), emitting <c>Transfer</c>; fails with token or arithmetic errors as FRAME does.
    /// </summary>
    public static DispatchError? Transfer(Externalities ext, AccountId32 source, AccountId32 dest, ulong amount, Preservation preservation)
    {
        var issuance = TotalIssuance(ext);
        if (CanWithdraw(SystemAccounts.Get(ext, source), issuance, amount, preservation != Preservation.Expendable) is { } withdrawError)
        {
            return withdrawError;
        }

        if (CanDeposit(SystemAccounts.Get(ext, dest).Data, issuance, amount, minted: false) is { } depositError)
        {
            return depositError;
        }

        if (source == dest)
        {
            return null;
        }

        if (DecreaseBalance(ext, source, amount, exact: true, preservation, out _) is { } decreaseError)
        {
            return decreaseError;
        }

        // FRAME ignores this result: can_deposit above already vouched for it.
        _ = IncreaseBalance(ext, dest, amount, exact: true, out _);
        ext.DepositEvent(new Transfer(source, dest, amount));
        return null;
    }

    /// <summary>Takes a fee from <paramref name="who"/>, keeping the account alive; emits <c>Withdraw</c>. The caller settles the credit.</summary>
    public static DispatchError? Withdraw(Externalities ext, AccountId32 who, ulong amount)
    {
        if (DecreaseBalance(ext, who, amount, exact: true, Preservation.Preserve, out var decreased) is { } error)
        {
            return error;
        }

        ext.DepositEvent(new Withdraw(who, decreased));
        return null;
    }

    /// <summary>Adds <paramref name="amount"/> already taken from someone (a refund or a fee credit); emits <c>Deposit</c>.</summary>
    public static DispatchError? Deposit(Externalities ext, AccountId32 who, ulong amount, bool exact)
    {
        if (IncreaseBalance(ext, who, amount, exact, out var increased) is { } error)
        {
            return error;
        }

        ext.DepositEvent(new Deposit(who, increased));
        return null;
    }

    /// <summary>Destroys a credit nobody took: total issuance falls by <paramref name="amount"/>.</summary>
    public static void Burn(Externalities ext, ulong amount)
    {
        if (amount != 0)
        {
            BalancesPallet.TotalIssuance.Put(ext.State, Saturating.Sub(TotalIssuance(ext), amount));
        }
    }

    /// <summary>
    /// Sets an account's free balance by root, adjusting total issuance (<c>force_set_balance</c>); a value below
    /// the existential deposit wipes the account.
    /// </summary>
    public static DispatchError? ForceSetFree(Externalities ext, AccountId32 who, ulong newFree)
    {
        if (newFree < BalancesPallet.ExistentialDeposit)
        {
            newFree = 0;
        }

        var info = SystemAccounts.Get(ext, who);
        var oldFree = info.Data.Free;
        if (MutateAccount(ext, who, info, info.Data with { Free = newFree }, out var dust) is { } error)
        {
            return error;
        }

        Burn(ext, dust);
        var issuance = TotalIssuance(ext);
        issuance = newFree > oldFree ? Saturating.Add(issuance, newFree - oldFree) : Saturating.Sub(issuance, oldFree - newFree);
        BalancesPallet.TotalIssuance.Put(ext.State, issuance);
        ext.DepositEvent(new BalanceSet(who, newFree));
        return null;
    }

    /// <summary>Credits a genesis balance: creates the account and raises total issuance.</summary>
    public static void Endow(Externalities ext, AccountId32 who, ulong amount)
    {
        var info = SystemAccounts.Get(ext, who);
        if (MutateAccount(ext, who, info, info.Data with { Free = checked(info.Data.Free + amount) }, out var dust) is { } error)
        {
            throw new InvalidOperationException($"genesis balance of {who} failed: {error}");
        }

        BalancesPallet.TotalIssuance.Put(ext.State, checked(TotalIssuance(ext) + amount - dust));
    }

    private static DispatchError? CanWithdraw(AccountInfo info, ulong issuance, ulong amount, bool keepNonzero)
    {
        if (amount == 0)
        {
            return null;
        }

        if (issuance < amount)
        {
            return DispatchError.Arithmetic(ArithmeticError.Underflow);
        }

        var a = info.Data;
        if (a.Free < amount)
        {
            return DispatchError.Token(TokenError.FundsUnavailable);
        }

        var newFree = a.Free - amount;
        if (newFree < a.Frozen)
        {
            return DispatchError.Token(TokenError.Frozen);
        }

        if (newFree >= BalancesPallet.ExistentialDeposit)
        {
            return null;
        }

        if (!CanDecProvider(info))
        {
            return DispatchError.Token(TokenError.OnlyProvider);
        }

        return keepNonzero ? DispatchError.Token(TokenError.NotExpendable) : null;
    }

    private static DispatchError? CanDeposit(AccountData a, ulong issuance, ulong amount, bool minted)
    {
        if (amount == 0)
        {
            return null;
        }

        if (minted && issuance > ulong.MaxValue - amount)
        {
            return DispatchError.Arithmetic(ArithmeticError.Overflow);
        }

        if (a.Free > ulong.MaxValue - amount)
        {
            return DispatchError.Arithmetic(ArithmeticError.Overflow);
        }

        var newFree = a.Free + amount;
        if (newFree < BalancesPallet.ExistentialDeposit)
        {
            return DispatchError.Token(TokenError.BelowMinimum);
        }

        return a.Reserved > ulong.MaxValue - newFree ? DispatchError.Arithmetic(ArithmeticError.Overflow) : null;
    }

    private static DispatchError? DecreaseBalance(Externalities ext, AccountId32 who, ulong amount, bool exact, Preservation preservation, out ulong decreased)
    {
        decreased = 0;
        var info = SystemAccounts.Get(ext, who);
        var old = info.Data.Free;
        var reducible = Reducible(info, preservation, force: false);
        if (!exact)
        {
            amount = Math.Min(amount, reducible);
        }
        else if (reducible < amount)
        {
            return DispatchError.Token(TokenError.FundsUnavailable);
        }

        if (old < amount)
        {
            return DispatchError.Token(TokenError.FundsUnavailable);
        }

        var newBalance = old - amount;
        if (WriteBalance(ext, who, info, newBalance, out var dust) is { } error)
        {
            return error;
        }

        Burn(ext, dust);
        decreased = old - newBalance;
        return null;
    }

    private static DispatchError? IncreaseBalance(Externalities ext, AccountId32 who, ulong amount, bool exact, out ulong increased)
    {
        increased = 0;
        var info = SystemAccounts.Get(ext, who);
        var old = info.Data.Free;
        ulong newBalance;
        if (exact)
        {
            if (old > ulong.MaxValue - amount)
            {
                return DispatchError.Arithmetic(ArithmeticError.Overflow);
            }

            newBalance = old + amount;
        }
        else
        {
            newBalance = Saturating.Add(old, amount);
        }

        if (newBalance < BalancesPallet.ExistentialDeposit)
        {
            return exact ? DispatchError.Token(TokenError.BelowMinimum) : null;
        }

        if (newBalance == old)
        {
            return null;
        }

        if (WriteBalance(ext, who, info, newBalance, out var dust) is { } error)
        {
            return error;
        }

        Burn(ext, dust);
        increased = newBalance - old;
        return null;
    }

    private static bool CanDecProvider(AccountInfo info) => info.Consumers == 0 || info.Providers > 1;

    private static ulong Reducible(AccountInfo info, Preservation preservation, bool force)
    {
        var a = info.Data;
        var untouchable = force ? 0 : Saturating.Sub(a.Frozen, a.Reserved);
        if (preservation == Preservation.Preserve
            || (preservation == Preservation.Protect && a.Free != 0 && info.Providers == 1)
            || (preservation == Preservation.Expendable && a.Free != 0 && !CanDecProvider(info)))
        {
            untouchable = Math.Max(untouchable, BalancesPallet.ExistentialDeposit);
        }

        return Saturating.Sub(a.Free, untouchable);
    }

    // Unbalanced::write_balance: the reduction may not exceed what could be withdrawn by force.
    private static DispatchError? WriteBalance(Externalities ext, AccountId32 who, AccountInfo info, ulong amount, out ulong dust)
    {
        dust = 0;
        if (Saturating.Sub(info.Data.Free, amount) > Reducible(info, Preservation.Expendable, force: true))
        {
            return BalancesErrors.Of(BalancesError.InsufficientBalance);
        }

        return MutateAccount(ext, who, info, info.Data with { Free = amount }, out dust);
    }

    // pallet-balances' try_mutate_account over System's account store, on the record read once: provider
    // references follow the free balance crossing the existential deposit (NewAccount when the first one is
    // added, KilledAccount when the last one goes), and an account left below it is removed with its dust.
    private static DispatchError? MutateAccount(Externalities ext, AccountId32 who, AccountInfo info, AccountData updated, out ulong dust)
    {
        dust = 0;
        var ed = BalancesPallet.ExistentialDeposit;
        var isNew = info.Data == AccountData.Empty;
        var didProvide = info.Data.Free >= ed;
        var doesProvide = updated.Free >= ed;
        if (!didProvide && doesProvide)
        {
            info = SystemAccounts.WithProviderAdded(ext, who, info);
        }

        if (didProvide && !doesProvide)
        {
            if (SystemAccounts.WithProviderRemoved(ext, who, info) is not { } remaining)
            {
                return DispatchError.ConsumerRemaining;
            }

            info = remaining;
        }

        AccountData? stored = updated;
        if (updated.Free < ed && updated.Reserved == 0)
        {
            stored = null;
            dust = updated.Free;
        }

        SystemAccounts.Store(ext, who, info with { Data = stored ?? AccountData.Empty });
        if (isNew)
        {
            ext.DepositEvent(new Endowed(who, updated.Free));
        }

        if (dust != 0)
        {
            ext.DepositEvent(new DustLost(who, dust));
        }

        return null;
    }
}
