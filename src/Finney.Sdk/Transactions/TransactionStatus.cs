namespace Finney.Sdk.Transactions;

/// <summary>Where a submitted transaction ended up.</summary>
public enum TransactionStatus
{
    /// <summary>Accepted into the node's pool (only when waiting for <see cref="WaitFor.Pool"/>).</summary>
    InPool,

    /// <summary>Included in a best block; see <see cref="TransactionResult.Succeeded"/> for the dispatch outcome.</summary>
    InBlock,

    /// <summary>Its block was finalized; see <see cref="TransactionResult.Succeeded"/>.</summary>
    Finalized,

    /// <summary>The node refused it on submission (bad nonce, cannot pay fees, outdated era…); see <see cref="TransactionResult.Error"/>.</summary>
    Rejected,

    /// <summary>The pool dropped it (e.g. replaced or the pool was full).</summary>
    Dropped,

    /// <summary>The pool found it invalid after accepting it (e.g. its era expired).</summary>
    Invalid,

    /// <summary>Another transaction with the same nonce was included instead.</summary>
    Usurped,

    /// <summary>Its block was not finalized in the node's time limit.</summary>
    FinalityTimeout,

    /// <summary>The wanted stage was not reached within <see cref="TransactionOptions.Timeout"/>; it may still be included.</summary>
    TimedOut,
}
