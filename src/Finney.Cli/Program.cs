using Finney.Cli.Keys;
using Spectre.Console.Cli;

namespace Finney.Cli;

/// <summary>The <c>finney</c> command: each area registers its branch in <see cref="Configure"/>.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Main(string[] args) => Run(CliConsole.System(), args);

    /// <summary>Runs <paramref name="args"/> over <paramref name="console"/> exactly as the binary does; tests call this.</summary>
    internal static int Run(CliConsole console, string[] args) => CreateApp(console).Run(Wallets.DottedOptions.Normalize(args));

    /// <summary>Builds the command tree over <paramref name="console"/>.</summary>
    private static CommandApp CreateApp(CliConsole console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Console = console.Ansi;
            config.SetExceptionHandler((exception, _) => CliErrors.Handle(exception, console));
            Configure(config);
        });
        return app;
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("finney");
        KeyCommands.Register(config);
        Yuma.YumaCommands.Register(config);
        Wallets.WalletCommands.Register(config);
        Utils.UtilsCommands.Register(config);
        Config.ConfigCommands.Register(config);
    }
}
