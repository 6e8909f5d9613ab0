using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Balances;

/// <summary>An event of the Balances pallet.</summary>
public abstract record BalancesEvent : RuntimeEvent;

/// <summary>An account was created with some free balance.</summary>
public sealed record Endowed(AccountId32 Account, ulong FreeBalance) : BalancesEvent;

/// <summary>An account was removed whose balance was non-zero but below ExistentialDeposit, resulting in an outright loss.</summary>
public sealed record DustLost(AccountId32 Account, ulong Amount) : BalancesEvent;

/// <summary>Transfer succeeded.</summary>
public sealed record Transfer(AccountId32 From, AccountId32 To, ulong Amount) : BalancesEvent;

/// <summary>A balance was set by root.</summary>
public sealed record BalanceSet(AccountId32 Who, ulong Free) : BalancesEvent;

/// <summary>Some amount was deposited (e.g. for transaction fees).</summary>
public sealed record Deposit(AccountId32 Who, ulong Amount) : BalancesEvent;

/// <summary>Some amount was withdrawn from the account (e.g. for transaction fees).</summary>
public sealed record Withdraw(AccountId32 Who, ulong Amount) : BalancesEvent;

/// <summary>Total issuance was increased by <c>amount</c>, creating a credit to be balanced.</summary>
public sealed record Issued(ulong Amount) : BalancesEvent;

/// <summary>Total issuance was decreased by <c>amount</c>, creating a debt to be balanced.</summary>
public sealed record Rescinded(ulong Amount) : BalancesEvent;
