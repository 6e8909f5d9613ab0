using System.ComponentModel;
using System.Globalization;
using Finney.Primitives.Units;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Utils;

/// <summary>Options of <c>utils convert</c>.</summary>
internal sealed class UtilsConvertOptions : CommandSettings
{
    [CommandOption("--tao <TAO>")]
    [Description("An amount in TAO to express in RAO (up to nine decimals).")]
    public string? Tao { get; init; }

    [CommandOption("--rao <RAO>")]
    [Description("A whole number of RAO to express in TAO.")]
    public string? Rao { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() => (Tao is null) == (Rao is null)
        ? ValidationResult.Error("Give exactly one of --tao and --rao.")
        : ValidationResult.Success();
}

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
