using Spectre.Console.Cli;

namespace Finney.Cli;

/// <summary>The <c>finney</c> command: each area registers its branch in <see cref="Configure"/>.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Main(string[] args) => CreateApp().Run(args);

    /// <summary>Builds the command tree; tests run commands through it exactly as the binary does.</summary>
    internal static CommandApp CreateApp()
    {
        var app = new CommandApp();
        app.Configure(Configure);
        return app;
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("finney");
        config.SetExceptionHandler(CliErrors.Handle);
        Yuma.YumaCommands.Register(config);
    }
}
