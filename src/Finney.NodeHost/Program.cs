using Spectre.Console.Cli;

namespace Finney.NodeHost;

/// <summary>The <c>finney-node</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the node with the given flags; returns the exit code (2 for bad flags).</summary>
    public static Task<int> Main(string[] args)
    {
        var app = new CommandApp<NodeCommand>();
        app.Configure(config =>
        {
            config.SetApplicationName("finney-node");
            config.SetExceptionHandler((exception, _) =>
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                return exception is CommandParseException or CommandRuntimeException ? 2 : 1;
            });
        });
        return app.RunAsync(args);
    }
}
