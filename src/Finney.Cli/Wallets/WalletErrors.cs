using Finney.Sdk.Wallets;

namespace Finney.Cli.Wallets;

/// <summary>Keyfile errors as user messages with exit codes.</summary>
internal static class WalletErrors
{
    /// <summary>The CLI error for a keyfile error.</summary>
    public static CliException From(KeyfileException exception) => exception.Error switch
    {
        KeyfileError.WrongPassword => new CliException($"{exception.Message} Nothing was changed.", exception, CliException.Failure),
        KeyfileError.NotFound => new CliException($"{exception.Message} Create it with `finney wallet create` or regenerate it with `finney wallet regen-coldkey`.", exception, CliException.InvalidInput),
        _ => new CliException(exception.Message, exception, CliException.InvalidInput),
    };
}
