using Spectre.Console.Cli;

namespace Finney.Cli.Utils;

/// <summary>The <c>finney utils</c> branch (btcli's <c>utils</c>).</summary>
internal static class UtilsCommands
{
    /// <summary>Adds the branch to the command tree.</summary>
    public static void Register(IConfigurator config) =>
        config.AddBranch("utils", utils =>
        {
            utils.SetDescription("Small helpers: unit conversion.");
            utils.AddCommand<UtilsConvertCommand>("convert")
                .WithDescription("Convert between TAO (τ) and RAO (ρ): 1 τ = 1,000,000,000 ρ.")
                .WithExample("utils", "convert", "--tao", "1.5")
                .WithExample("utils", "convert", "--rao", "500");
        });
}
