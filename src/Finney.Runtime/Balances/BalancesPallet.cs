using Finney.Primitives.Hashing;
using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Storage;
using Finney.Runtime.System;

namespace Finney.Runtime.Balances;

/// <summary>
/// The Balances pallet (index 5): TAO balances in RAO (u64), kept in <c>System.Account</c>; transfers, total
/// issuance, account creation at the existential deposit and reaping below it.
/// </summary>
public static class BalancesPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 5;

    /// <summary>The minimum amount required to keep an account open (500 RAO).</summary>
    public const ulong ExistentialDeposit = 500;

    /// <summary>The maximum number of locks that should exist on an account.</summary>
    public const uint MaxLocks = 50;

    /// <summary>The maximum number of named reserves that can exist on an account.</summary>
    public const uint MaxReserves = 50;

    /// <summary>The maximum number of individual freeze locks that can exist on an account at any time.</summary>
    public const uint MaxFreezes = 50;

    /// <summary>The total units issued in the system.</summary>
    public static readonly StorageValue<ulong> TotalIssuance = StorageValue<ulong>.WithDefault("Balances", nameof(TotalIssuance), Types.U64, 0);

    /// <summary>The total units of outstanding deactivated balance in the system.</summary>
    public static readonly StorageValue<ulong> InactiveIssuance = StorageValue<ulong>.WithDefault("Balances", nameof(InactiveIssuance), Types.U64, 0);

    /// <summary>The balances of an account when balances are not kept in System; unused on subtensor, which keeps them in <c>System.Account</c>.</summary>
    public static readonly StorageMap<AccountId32, AccountData> Account =
        StorageMap<AccountId32, AccountData>.WithDefault("Balances", nameof(Account), StorageHasher.Blake2_128Concat, Types.AccountId, AccountData.Type, AccountData.Empty);

    /// <summary>The event table (pallet-balances' indices; only the events this runtime emits are declared).</summary>
    public static readonly VariantTable<BalancesEvent> Events = new VariantTable<BalancesEvent>("pallet_balances", "pallet", "Event")
        .Add(0, "Endowed", Field.Of("account", Types.AccountId, "T::AccountId"), Field.Of("free_balance", Types.Balance, "T::Balance"), (a, b) => new Endowed(a, b), e => (e.Account, e.FreeBalance))
        .Add(1, "DustLost", Field.Of("account", Types.AccountId, "T::AccountId"), Field.Of("amount", Types.Balance, "T::Balance"), (a, b) => new DustLost(a, b), e => (e.Account, e.Amount))
        .Add(2, "Transfer", Field.Of("from", Types.AccountId, "T::AccountId"), Field.Of("to", Types.AccountId, "T::AccountId"), Field.Of("amount", Types.Balance, "T::Balance"), (f, t, a) => new Transfer(f, t, a), e => (e.From, e.To, e.Amount))
        .Add(3, "BalanceSet", Field.Of("who", Types.AccountId, "T::AccountId"), Field.Of("free", Types.Balance, "T::Balance"), (w, f) => new BalanceSet(w, f), e => (e.Who, e.Free))
        .Add(7, "Deposit", Field.Of("who", Types.AccountId, "T::AccountId"), Field.Of("amount", Types.Balance, "T::Balance"), (w, a) => new Deposit(w, a), e => (e.Who, e.Amount))
        .Add(8, "Withdraw", Field.Of("who", Types.AccountId, "T::AccountId"), Field.Of("amount", Types.Balance, "T::Balance"), (w, a) => new Withdraw(w, a), e => (e.Who, e.Amount))
        .Add(15, "Issued", Field.Of("amount", Types.Balance, "T::Balance"), a => new Issued(a), e => e.Amount)
        .Add(16, "Rescinded", Field.Of("amount", Types.Balance, "T::Balance"), a => new Rescinded(a), e => e.Amount);

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "Balances",
        Index = Index,
        DocsType = typeof(BalancesPallet),
        Storage = [TotalIssuance, InactiveIssuance, Account],
        Calls = BalancesCall.Table,
        Events = Events,
        Errors = ErrorTable.For<BalancesError>("pallet_balances", "pallet", "Error"),
        Constants =
        [
            PalletConstant.Of(nameof(ExistentialDeposit), Types.Balance, ExistentialDeposit, typeof(BalancesPallet)),
            PalletConstant.Of(nameof(MaxLocks), Types.U32, MaxLocks, typeof(BalancesPallet)),
            PalletConstant.Of(nameof(MaxReserves), Types.U32, MaxReserves, typeof(BalancesPallet)),
            PalletConstant.Of(nameof(MaxFreezes), Types.U32, MaxFreezes, typeof(BalancesPallet)),
        ],
    };
}
