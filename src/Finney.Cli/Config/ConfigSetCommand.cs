using Spectre.Console.Cli;

namespace Finney.Cli.Config;

/// <summary><c>finney config set</c>.</summary>
internal sealed class ConfigSetCommand(CliConsole console) : Command<ConfigSetOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ConfigSetOptions settings, CancellationToken cancellationToken)
    {
        var changes = settings.Changes();
        if (changes.TryGetValue("network", out var network) && network is not null
            && !Sdk.Chain.NetworkEndpoints.TryResolve(network, _ => null, out _, out var error))
        {
            throw new CliException($"--network: {error}");
        }

        var config = BtcliConfig.Load(console);
        config.Save(changes);
        foreach (var (key, value) in changes)
        {
            console.Out.WriteLine(value is null ? $"{key} cleared" : $"{key} = {value}");
        }

        return 0;
    }
}
