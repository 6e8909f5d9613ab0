using System.Text.Json;

namespace Finney.Cli.Tests.Keys;

public class KeyInspectCommandTests
{
    [Fact]
    public void Inspect_AliceJson_PrintsSubkeyFields()
    {
        var run = CliRun.Of("key", "inspect", "//Alice", "--output-type", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["accountId", "networkId", "publicKey", "secretKeyUri", "secretSeed", "ss58Address", "ss58PublicKey"]);
        json.GetProperty("secretKeyUri").GetString().ShouldBe("//Alice");
        json.GetProperty("networkId").GetString().ShouldBe("substrate");
        json.GetProperty("secretSeed").GetString().ShouldBe("0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a");
        json.GetProperty("publicKey").GetString().ShouldBe("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        json.GetProperty("accountId").GetString().ShouldBe("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        json.GetProperty("ss58Address").GetString().ShouldBe("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        json.GetProperty("ss58PublicKey").GetString().ShouldBe("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    }

    [Fact]
    public void Inspect_Phrase_PrintsSubkeyText()
    {
        var run = CliRun.Of("key", "inspect", "bottom drive obey lake curtain smoke basket hold race lonely fit walk");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldBe(
            """
            Secret phrase:       bottom drive obey lake curtain smoke basket hold race lonely fit walk
              Network ID:        substrate
              Secret seed:       0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e
              Public key (hex):  0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a
              Account ID:        0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a
              Public key (SS58): 5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV
              SS58 Address:      5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Inspect_SoftPath_HasNoSeed()
    {
        var run = CliRun.Of("key", "inspect", "//Alice/soft", "--output-type", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.GetProperty("secretSeed").GetString().ShouldBe("n/a");
        json.GetProperty("publicKey").GetString().ShouldBe("0x02cfd83074aefc9955af4034d19b3780d47a52e158ababec8ec012b2295f1c5b");
    }

    [Fact]
    public void Inspect_AddressWithSoftPath_DerivesPublicKey()
    {
        var run = CliRun.Of("key", "inspect", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY/soft", "--output-type", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.GetProperty("publicKeyUri").GetString().ShouldBe("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY/soft");
        json.GetProperty("publicKey").GetString().ShouldBe("0x02cfd83074aefc9955af4034d19b3780d47a52e158ababec8ec012b2295f1c5b");
        json.TryGetProperty("secretSeed", out _).ShouldBeFalse();
    }

    [Fact]
    public void Inspect_AddressWithHardPath_IsRejected()
    {
        var run = CliRun.Of("key", "inspect", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY//hard");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("soft junctions");
    }

    [Fact]
    public void Inspect_PublicHexWithNetworkPrefix_UsesThatPrefix()
    {
        var run = CliRun.Of("key", "inspect", "--public", "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", "--network-prefix", "0");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("SS58 Address:       15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5");
        run.Out.ShouldContain("Network ID/Version: polkadot");
    }

    [Theory]
    [InlineData("ed25519", "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee", "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee")]
    [InlineData("ecdsa", "0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1", "0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed")]
    public void Inspect_OtherSchemes_MatchSubkey(string scheme, string publicKey, string accountId)
    {
        var run = CliRun.Of("key", "inspect", "//Alice", "--scheme", scheme, "--output-type", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.GetProperty("publicKey").GetString().ShouldBe(publicKey);
        json.GetProperty("accountId").GetString().ShouldBe(accountId);
    }

    [Theory]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit wolf", "checksum")]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit", "12, 15, 18, 21 or 24")]
    [InlineData("0x1234//Alice", "64 hex digits")]
    [InlineData("not,a,uri", "Invalid secret URI")]
    public void Inspect_BadSecret_ExitsWithCode2AndReason(string uri, string reason)
    {
        var run = CliRun.Of("key", "inspect", uri);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(reason);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Inspect_UnknownScheme_ExitsWithCode2()
    {
        var run = CliRun.Of("key", "inspect", "//Alice", "--scheme", "rsa");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--scheme");
    }

    [Fact]
    public void Inspect_EcdsaSoftPath_IsRejected()
    {
        var run = CliRun.Of("key", "inspect", "//Alice/soft", "--scheme", "ecdsa");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("soft derivation");
    }
}
