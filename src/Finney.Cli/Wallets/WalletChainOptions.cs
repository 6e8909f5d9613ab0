using System.ComponentModel;
using Finney.Sdk.Chain;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of wallet commands that talk to a node: the wallet options plus btcli's network flags.</summary>
internal class WalletChainOptions : WalletOptions
{
    [CommandOption("--network|--subtensor-network|--subtensor_network|--chain <NETWORK>")]
    [Description("finney, test, archive, local or a ws:// URL (default: $BT_SUBTENSOR_NETWORK, else config.yml's network, else local = ws://127.0.0.1:9944).")]
    public string? Network { get; init; }

    [CommandOption("--subtensor-chain-endpoint|--subtensor-chain_endpoint|--subtensor_chain_endpoint|--chain-endpoint <URL>")]
    [Description("The node's ws:// URL (the SDK's older flag; same as --network <URL>).")]
    public string? ChainEndpoint { get; init; }

    /// <summary>The node to talk to.</summary>
    public Uri Endpoint(CliConsole console)
    {
        var network = ChainEndpoint ?? Network ?? console.Variable("BT_SUBTENSOR_NETWORK") ?? Config.BtcliConfig.Load(console).Get("network") ?? "local";
        return NetworkEndpoints.TryResolve(network, console.Variable, out var endpoint, out var error) ? endpoint : throw new CliException(error);
    }
}
