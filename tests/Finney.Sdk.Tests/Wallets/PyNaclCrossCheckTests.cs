using System.Diagnostics;
using System.Text;
using Finney.Sdk.Wallets;

namespace Finney.Sdk.Tests.Wallets;

/// <summary>
/// A <c>$NACL</c> keyfile Finney writes opens with PyNaCl called exactly as bittensor's keyfile.py calls it.
/// Needs Debian's python3-nacl (./test.sh installs it).
/// </summary>
public class PyNaclCrossCheckTests
{
    private const string Script = """
        import sys
        from nacl import pwhash, secret
        data = open(sys.argv[1], 'rb').read()
        assert data[:5] == b'$NACL'
        key = pwhash.argon2i.kdf(secret.SecretBox.KEY_SIZE, sys.argv[2].encode('utf-8'), bytes.fromhex('137183dff15a09bc9c90b5518739e9b1'),
                                 opslimit=pwhash.argon2i.OPSLIMIT_SENSITIVE, memlimit=pwhash.argon2i.MEMLIMIT_SENSITIVE)
        sys.stdout.buffer.write(secret.SecretBox(key).decrypt(data[5:]))
        """;

    [Fact]
    public void FinneyNaclKeyfile_OpensWithPyNacl()
    {
        var python = PythonWithNacl() ?? throw new InvalidOperationException(
            "PyNaCl is not importable by /usr/bin/python3 or python3: apt-get install -y python3-nacl (./test.sh does).");
        using var temp = Fixtures.TempDirectory();
        var keyfile = new Keyfile(Path.Combine(temp.Path, "coldkey"));
        using var key = WalletKey.Generate(24);
        const string password = "Ünïcode pass 🔑 7";

        keyfile.Save(key, password, overwrite: false);

        var (exitCode, output) = Run(python, "-c", Script, keyfile.Path, password);
        exitCode.ShouldBe(0, output);
        output.ShouldBe(Encoding.UTF8.GetString(KeyfileJson.Serialize(key)));
    }

    private static string? PythonWithNacl()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                if (Run(candidate, "-c", "import nacl.pwhash").ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }

        return null;
    }

    private static (int ExitCode, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
