using Finney.Node.Runtime;

namespace Finney.Node.TxPool;

/// <summary>
/// What happened to a submitted transaction: accepted (ready or future), or one named rejection. Expected
/// rejections are values, mapped to JSON-RPC errors in one table (<c>RpcErrorTable</c>).
/// </summary>
public readonly record struct AcceptTxResult(AcceptTxOutcome Outcome, string? Detail = null, TransactionValidityError? Validity = null, ulong OldPriority = 0, ulong NewPriority = 0)
{
    /// <summary>True when the transaction is in the pool.</summary>
    public bool IsAccepted => Outcome is AcceptTxOutcome.Ready or AcceptTxOutcome.Future;

#pragma warning disable CS1591 // one factory per outcome, documented on AcceptTxOutcome
    public static AcceptTxResult Ready => new(AcceptTxOutcome.Ready);
    public static AcceptTxResult Future => new(AcceptTxOutcome.Future);
    public static AcceptTxResult AlreadyKnown => new(AcceptTxOutcome.AlreadyKnown);
    public static AcceptTxResult TemporarilyBanned => new(AcceptTxOutcome.TemporarilyBanned);
    public static AcceptTxResult Malformed(string detail) => new(AcceptTxOutcome.Malformed, detail);
    public static AcceptTxResult Invalid(TransactionValidityError error) => new(error.IsUnknown ? AcceptTxOutcome.UnknownValidity : AcceptTxOutcome.Invalid, error.Reason, error);
    public static AcceptTxResult TooLowPriority(ulong old, ulong @new) => new(AcceptTxOutcome.TooLowPriority, null, null, old, @new);
    public static AcceptTxResult Dropped(string detail) => new(AcceptTxOutcome.ImmediatelyDropped, detail);
#pragma warning restore CS1591
}
