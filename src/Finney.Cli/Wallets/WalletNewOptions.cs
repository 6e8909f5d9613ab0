using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of commands that make new keys.</summary>
internal class WalletNewOptions : WalletWriteOptions
{
    [CommandOption("--n-words|--n_words|--words <WORDS>")]
    [Description("Words in the new mnemonic: 12 (default), 15, 18, 21 or 24.")]
    public int Words { get; init; } = 12;

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        Primitives.Keys.Mnemonic.ValidWordCounts.Contains(Words)
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"--n-words: {Words} is not one of 12, 15, 18, 21, 24.");
}
