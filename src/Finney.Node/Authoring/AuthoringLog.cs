using Finney.Node.Blocks;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Authoring;

/// <summary>Block authoring's log lines, worded as Substrate's.</summary>
internal static partial class AuthoringLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "🎁 Prepared block for proposing at {Number} ({Milliseconds:0} ms) [hash: {Hash}; parent_hash: {Parent}; extrinsics ({Count})]")]
    public static partial void Prepared(ILogger logger, uint number, double milliseconds, ShortHash hash, ShortHash parent, int count);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "🏆 Imported #{Number} ({Hash})")]
    public static partial void Imported(ILogger logger, uint number, ShortHash hash);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "💔 Block authoring failed; retrying at the next slot")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "💤 Idle ({Peers} peers), best: #{Best} ({BestHash}), finalized #{Finalized} ({FinalizedHash}), ⬇ 0 ⬆ 0")]
    public static partial void Idle(ILogger logger, int peers, uint best, ShortHash bestHash, uint finalized, ShortHash finalizedHash);
}
