using Spectre.Console.Cli;

namespace Finney.Cli.Yuma;

/// <summary>The <c>finney yuma</c> branch: the epoch simulator and its benchmark.</summary>
internal static class YumaCommands
{
    /// <summary>Adds <c>yuma run</c> and <c>yuma bench</c>.</summary>
    public static void Register(IConfigurator config) =>
        config.AddBranch("yuma", yuma =>
        {
            yuma.SetDescription("Yuma consensus simulator (bit-exact with subtensor's epoch).");
            yuma.AddCommand<YumaRunCommand>("run").WithDescription("Run a scenario's epochs; write their outputs as JSON.");
            yuma.AddCommand<YumaBenchCommand>("bench").WithDescription("Time the epoch on a synthetic subnet.");
        });
}
