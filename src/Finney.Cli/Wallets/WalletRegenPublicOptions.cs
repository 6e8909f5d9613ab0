using System.ComponentModel;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of regen-coldkeypub and regen-hotkeypub.</summary>
internal sealed class WalletRegenPublicOptions : WalletWriteOptions
{
    [CommandOption("--ss58-address|--ss58_address|--ss58|--address <ADDRESS>")]
    [Description("The SS58 address.")]
    public string? Ss58Address { get; init; }

    [CommandOption("--public-key|--public_key|--pubkey|--public-key-hex <HEX>")]
    [Description("The public key as 0x hex.")]
    public string? PublicKey { get; init; }

    /// <summary>The account named by either option, or null when neither was given.</summary>
    public AccountId32? Account()
    {
        if (Ss58Address is not null && PublicKey is not null)
        {
            throw new CliException("Give --ss58-address or --public-key, not both.");
        }

        var text = Ss58Address ?? (PublicKey is { } hex ? (Hex.HasPrefix(hex) ? hex : "0x" + hex) : null);
        if (text is null)
        {
            return null;
        }

        return AccountId32.TryParse(text.Trim(), out var id) ? id : throw new CliException($"'{text}' is neither an SS58 address nor a 32-byte public key.");
    }
}
