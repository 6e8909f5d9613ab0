using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;

namespace Finney.Runtime.Executive.Extensions;

/// <summary>
/// CheckNonce, as subtensor's wrapper does it: an account that has never been funded cannot pay for its nonce
/// (<c>Payment</c>); a nonce below the account's is <c>Stale</c>; above it the transaction waits in the pool
/// (requires the previous nonce's tag) and is <c>Future</c> in a block. Tags are SCALE of (account, nonce).
/// </summary>
public static class CheckNonce
{
    /// <summary>The pool tags: what the transaction provides and, for a future nonce, what it requires.</summary>
    public static (ValidTransaction? Valid, TransactionValidityError? Error) Validate(Externalities ext, AccountId32 who, uint nonce, DispatchInfo info)
    {
        var account = SystemAccounts.Get(ext, who);
        if (info.PaysFee == Pays.Yes && account.Providers == 0 && account.Sufficients == 0)
        {
            return (null, TransactionValidityError.Invalid(InvalidTransaction.Payment));
        }

        if (nonce < account.Nonce)
        {
            return (null, TransactionValidityError.Invalid(InvalidTransaction.Stale));
        }

        IReadOnlyList<byte[]> requires = account.Nonce < nonce ? [Tag(who, nonce - 1)] : [];
        return (new ValidTransaction(0, requires, [Tag(who, nonce)], ulong.MaxValue, true), null);
    }

    /// <summary>In a block the nonce must be exactly the account's; it is then incremented.</summary>
    public static TransactionValidityError? Prepare(Externalities ext, AccountId32 who, uint nonce, DispatchInfo info)
    {
        var account = SystemAccounts.Get(ext, who);
        if (info.PaysFee == Pays.Yes && account.Providers == 0 && account.Sufficients == 0)
        {
            return TransactionValidityError.Invalid(InvalidTransaction.Payment);
        }

        if (nonce != account.Nonce)
        {
            return TransactionValidityError.Invalid(nonce < account.Nonce ? InvalidTransaction.Stale : InvalidTransaction.Future);
        }

        SystemAccounts.IncrementNonce(ext, who);
        return null;
    }

    /// <summary>The tag SCALE((account, nonce)).</summary>
    public static byte[] Tag(AccountId32 who, uint nonce)
    {
        using var writer = new ScaleWriter(36);
        writer.WriteBytes(who.Bytes);
        writer.WriteU32(nonce);
        return writer.ToArray();
    }
}
