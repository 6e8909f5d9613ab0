using Spectre.Console.Cli;

namespace Finney.Cli.Config;

/// <summary>The <c>finney config</c> branch (btcli's <c>config</c>): defaults kept in <c>~/.bittensor/config.yml</c>.</summary>
internal static class ConfigCommands
{
    /// <summary>Adds the branch to the command tree.</summary>
    public static void Register(IConfigurator config) => config.AddBranch("config", branch =>
    {
        branch.SetDescription("Defaults for wallet name, path, hotkey and network, shared with btcli (~/.bittensor/config.yml).");
        branch.AddCommand<ConfigGetCommand>("get").WithDescription("Show the defaults.");
        branch.AddCommand<ConfigSetCommand>("set").WithDescription("Set defaults (an empty value clears one).")
            .WithExample("config", "set", "--wallet.name", "miner", "--network", "local");
    }).WithAlias("c").WithAlias("conf");
}
