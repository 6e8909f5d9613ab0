using System.ComponentModel;
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
