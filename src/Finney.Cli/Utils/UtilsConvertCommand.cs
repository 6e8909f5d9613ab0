using System.Globalization;
using Finney.Primitives.Units;
using Spectre.Console.Cli;

namespace Finney.Cli.Utils;

/// <summary><c>finney utils convert</c>: exact TAO ↔ RAO conversion (integers only, no rounding).</summary>
internal sealed class UtilsConvertCommand(CliConsole console) : Command<UtilsConvertOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, UtilsConvertOptions settings, CancellationToken cancellationToken)
    {
        if (settings.Tao is { } tao)
        {
            var amount = TaoBalance.TryParse(tao, out var parsed, out var error) ? parsed : throw new CliException($"--tao: {error}");
            console.Out.WriteLine($"{amount} = {amount.ToRaoString()}");
            return 0;
        }

        var text = settings.Rao!.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rao))
        {
            throw new CliException($"--rao: '{settings.Rao}' is not a whole number of RAO between 0 and {ulong.MaxValue}.");
        }

        var balance = new TaoBalance(rao);
        console.Out.WriteLine($"{balance.ToRaoString()} = {balance}");
        return 0;
    }
}
