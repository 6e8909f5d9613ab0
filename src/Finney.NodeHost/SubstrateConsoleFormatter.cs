using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Finney.NodeHost;

/// <summary>Writes log lines as a Substrate node does: <c>2026-01-01 12:00:00 🏆 Imported #12 (0x1234…abcd)</c>.</summary>
internal sealed class SubstrateConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "substrate";

    public override void Write<TState>(in LogEntry<TState> logEntry, Microsoft.Extensions.Logging.IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(logEntry.LogLevel switch
        {
            LogLevel.Information => " ",
            LogLevel.Warning => " WARN ",
            LogLevel.Error or LogLevel.Critical => " ERROR ",
            LogLevel.Debug => $" DEBUG {logEntry.Category} ",
            _ => $" TRACE {logEntry.Category} ",
        });
        textWriter.WriteLine(message);
        if (logEntry.Exception is { } exception)
        {
            textWriter.WriteLine(exception.ToString());
        }
    }
}
