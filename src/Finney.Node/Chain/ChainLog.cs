using Microsoft.Extensions.Logging;

namespace Finney.Node.Chain;

/// <summary>The chain's log messages (category <c>substrate</c>, as Substrate's client logs these lines).</summary>
internal static partial class ChainLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "🔨 Initializing Genesis block/state (state: {StateRoot}, header-hash: {Hash})")]
    public static partial void Genesis(ILogger logger, Blocks.ShortHash stateRoot, Blocks.ShortHash hash);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "📦 Resuming at best block #{Number} ({Hash})")]
    public static partial void Resuming(ILogger logger, uint number, Blocks.ShortHash hash);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "A block listener failed")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);
}
