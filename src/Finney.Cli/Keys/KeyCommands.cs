using Spectre.Console.Cli;

namespace Finney.Cli.Keys;

/// <summary>The <c>finney key</c> branch: subkey's generate, inspect, sign and verify.</summary>
internal static class KeyCommands
{
    /// <summary>Adds the branch to the command tree.</summary>
    public static void Register(IConfigurator config) =>
        config.AddBranch("key", key =>
        {
            key.SetDescription("Generate, inspect and use keys offline, like Substrate's subkey.");
            key.AddCommand<KeyGenerateCommand>("generate")
                .WithDescription("Generate a new random mnemonic and show its key.")
                .WithExample("key", "generate", "--scheme", "sr25519", "--words", "24");
            key.AddCommand<KeyInspectCommand>("inspect")
                .WithDescription("Show the public key and addresses of a secret URI, an SS58 address or a public key.")
                .WithExample("key", "inspect", "//Alice", "--output-type", "json");
            key.AddCommand<KeySignCommand>("sign")
                .WithDescription("Sign a message (text, or 0x-prefixed hex) with a secret URI.")
                .WithExample("key", "sign", "--suri", "//Alice", "--message", "hello");
            key.AddCommand<KeyVerifyCommand>("verify")
                .WithDescription("Verify a signature against a public URI, address or secret URI.")
                .WithExample("key", "verify", "0x…signature", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--message", "hello");
        });
}
