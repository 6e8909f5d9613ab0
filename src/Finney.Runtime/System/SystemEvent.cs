using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.System;

/// <summary>Event for the System pallet.</summary>
public abstract record SystemEvent : RuntimeEvent;

/// <summary>An extrinsic completed successfully.</summary>
public sealed record ExtrinsicSuccess(DispatchInfo DispatchInfo) : SystemEvent;

/// <summary>An extrinsic failed.</summary>
public sealed record ExtrinsicFailed(DispatchError DispatchError, DispatchInfo DispatchInfo) : SystemEvent;

/// <summary><c>:code</c> was updated.</summary>
public sealed record CodeUpdated : SystemEvent
{
    /// <summary>The one value.</summary>
    public static readonly CodeUpdated Instance = new();
}

/// <summary>A new account was created.</summary>
public sealed record NewAccount(AccountId32 Account) : SystemEvent;

/// <summary>An account was reaped.</summary>
public sealed record KilledAccount(AccountId32 Account) : SystemEvent;

/// <summary>On on-chain remark happened.</summary>
public sealed record Remarked(AccountId32 Sender, byte[] Hash) : SystemEvent;
