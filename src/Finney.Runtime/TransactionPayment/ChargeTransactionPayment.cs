using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;

namespace Finney.Runtime.TransactionPayment;

/// <summary>
/// ChargeTransactionPayment, as subtensor's wrapper runs it: the fee must be payable without reaping the payer
/// (<c>Payment</c>); it is withdrawn before dispatch (<c>Withdraw</c>), the part for unused weight refunded after
/// (<c>Deposit</c>), the rest paid to the block author (<c>Deposit</c>) or burned when there is none, then
/// <c>TransactionFeePaid</c>. Priority is flat by class: 1 for normal, 10^10 for operational.
/// </summary>
public static class ChargeTransactionPayment
{
    /// <summary>Priority of normal (and mandatory) transactions.</summary>
    public const ulong NormalPriority = 1;

    /// <summary>Priority of operational transactions.</summary>
    public const ulong OperationalPriority = 10_000_000_000;

    /// <summary>Checks the fee can be paid and gives the transaction's priority.</summary>
    public static (ulong Priority, TransactionValidityError? Error) Validate(Externalities ext, AccountId32 who, DispatchInfo info, uint length, ulong tip)
    {
        var fee = Fees.Compute(length, info, tip).Total;
        if (fee != 0 && !CanWithdraw(ext, who, fee))
        {
            return (0, TransactionValidityError.Invalid(InvalidTransaction.Payment));
        }

        return (info.Class == DispatchClass.Operational ? OperationalPriority : NormalPriority, null);
    }

    /// <summary>Withdraws the fee before dispatch; returns how much was taken.</summary>
    public static (ulong Withdrawn, TransactionValidityError? Error) Prepare(Externalities ext, AccountId32 who, DispatchInfo info, uint length, ulong tip)
    {
        var fee = Fees.Compute(length, info, tip).Total;
        if (fee == 0)
        {
            return (0, null);
        }

        return BalancesLedger.Withdraw(ext, who, fee) is null
            ? (fee, null)
            : (0, TransactionValidityError.Invalid(InvalidTransaction.Payment));
    }

    /// <summary>Refunds the unused part, pays the author, and reports the fee.</summary>
    public static void PostDispatch(Externalities ext, AccountId32 who, DispatchInfo info, PostDispatchInfo post, uint length, ulong tip, ulong withdrawn)
    {
        var actual = Fees.ComputeActual(length, info, post, tip).Total;
        if (withdrawn != 0)
        {
            Settle(ext, who, withdrawn, actual);
        }

        ext.DepositEvent(new TransactionFeePaid(who, actual, tip));
    }

    private static void Settle(Externalities ext, AccountId32 who, ulong withdrawn, ulong actual)
    {
        var credit = withdrawn;
        if (BalancesLedger.Account(ext, who).Total > 0)
        {
            var before = BalancesLedger.Account(ext, who).Free;
            _ = BalancesLedger.Deposit(ext, who, Saturating.Sub(withdrawn, actual), exact: false);
            credit = Saturating.Sub(credit, Saturating.Sub(BalancesLedger.Account(ext, who).Free, before));
        }

        if (ext.BlockAuthor is not { } author || BalancesLedger.Deposit(ext, author, credit, exact: true) is not null)
        {
            BalancesLedger.Burn(ext, credit);
        }
    }

    // fungible can_withdraw must report plain Success: the fee may not take the payer below the existential deposit.
    private static bool CanWithdraw(Externalities ext, AccountId32 who, ulong fee)
    {
        var account = SystemAccounts.Get(ext, who).Data;
        return account.Free >= fee && account.Free - fee >= Math.Max(account.Frozen, BalancesPallet.ExistentialDeposit);
    }
}
