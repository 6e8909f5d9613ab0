namespace Finney.Node.TxPool;

/// <summary>The outcomes of submitting a transaction.</summary>
public enum AcceptTxOutcome
{
    /// <summary>In the pool and ready for the next block.</summary>
    Ready,

    /// <summary>In the pool, waiting for a lower nonce of the same sender.</summary>
    Future,

    /// <summary>The same bytes are already in the pool (1013).</summary>
    AlreadyKnown,

    /// <summary>Recently included or found invalid; refused for a while (1012).</summary>
    TemporarilyBanned,

    /// <summary>Not a v4 extrinsic (1001).</summary>
    Malformed,

    /// <summary>The runtime said invalid (1010).</summary>
    Invalid,

    /// <summary>The runtime could not decide (1011).</summary>
    UnknownValidity,

    /// <summary>A transaction with the same sender and nonce has at least this priority (1014).</summary>
    TooLowPriority,

    /// <summary>A limit (pool, future queue, sender, size) keeps it out (1016).</summary>
    ImmediatelyDropped,
}
