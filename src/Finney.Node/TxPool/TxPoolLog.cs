using Microsoft.Extensions.Logging;

namespace Finney.Node.TxPool;

/// <summary>The pool's log messages (category <c>txpool</c>).</summary>
internal static partial class TxPoolLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "[{Hash}] accepted ({Outcome})")]
    public static partial void Accepted(ILogger logger, Blocks.Hash256 hash, AcceptTxOutcome outcome);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "[{Hash}] rejected: {Outcome} {Detail}")]
    public static partial void Rejected(ILogger logger, Blocks.Hash256 hash, AcceptTxOutcome outcome, string detail);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "[{Hash}] removed as invalid")]
    public static partial void RemovedInvalid(ILogger logger, Blocks.Hash256 hash);
}
