using Finney.Sdk.Wallets;

namespace Finney.Sdk.Tests.Wallets;

public class PasswordEnvironmentTests
{
    [Fact]
    public void BtwalletVariableName_ReplacesSeparatorsAndDotsAndUpperCases() =>
        PasswordEnvironment.BtwalletVariableName("/home/ubuntu/.bittensor/wallets/mywallet/coldkey")
            .ShouldBe("BT_PW__HOME_UBUNTU__BITTENSOR_WALLETS_MYWALLET_COLDKEY");

    [Fact]
    public void EncodeBtwallet_MatchesPythonXorBase64()
    {
        // Computed independently in Python: base64(bytes(c ^ name[i % len(name)])) over UTF-8.
        const string name = "BT_PW__HOME_UBUNTU__BITTENSOR_WALLETS_MYWALLET_COLDKEY";
        PasswordEnvironment.EncodeBtwallet(name, "my secret pässword").ShouldBe("Ly1/IzI8LS07bTWc8TEmOTsnOw==");
        PasswordEnvironment.DecodeBtwallet(name, "Ly1/IzI8LS07bTWc8TEmOTsnOw==").ShouldBe("my secret pässword");
    }

    [Fact]
    public void Find_BtwalletVariable_WinsOverColdkeyVariable()
    {
        var keyfile = new Keyfile("/w/mywallet/coldkey");
        var env = new Dictionary<string, string>
        {
            [keyfile.PasswordVariable] = PasswordEnvironment.EncodeBtwallet(keyfile.PasswordVariable, "from-btwallet"),
            ["BT_COLD_PW_MYWALLET"] = "from-sdk",
        };

        var found = PasswordEnvironment.Find(keyfile, "mywallet", env)!;

        found.Password.ShouldBe("from-btwallet");
        found.ToString().ShouldNotContain("from-btwallet");
    }

    [Theory]
    [InlineData("BT_COLD_PW_MyWallet")]
    [InlineData("bt_cold_pw_mywallet")]
    [InlineData("BT_COLD_PW_PROD_MYWALLET")]
    public void Find_ColdkeyVariable_MatchesCaseInsensitively(string variable)
    {
        var env = new Dictionary<string, string> { [variable] = "pw" };
        PasswordEnvironment.Find(new Keyfile("/w/mywallet/coldkey"), "mywallet", env)!.Password.ShouldBe("pw");
    }

    [Fact]
    public void Find_ExactColdkeyName_PreferredOverSuffixMatch()
    {
        var env = new Dictionary<string, string> { ["BT_COLD_PW_OTHER_W"] = "suffix", ["BT_COLD_PW_W"] = "exact" };
        PasswordEnvironment.Find(new Keyfile("/w/w/coldkey"), "w", env)!.Password.ShouldBe("exact");
    }

    [Fact]
    public void Find_Hotkey_IgnoresColdkeyVariables() =>
        PasswordEnvironment.Find(new Keyfile("/w/w/hotkeys/default"), walletName: null, new Dictionary<string, string> { ["BT_COLD_PW_W"] = "x" }).ShouldBeNull();

    [Fact]
    public void Find_DashedWalletName_AcceptsTheUnderscoreVariableAShellCanSet()
    {
        var keyfile = new Keyfile("/w/my-wallet.v2/coldkey");
        var env = new Dictionary<string, string> { ["BT_COLD_PW_MY_WALLET_V2"] = "from-shell" };

        var found = PasswordEnvironment.Find(keyfile, "my-wallet.v2", env);

        PasswordEnvironment.ColdkeyVariableName("my-wallet.v2").ShouldBe("BT_COLD_PW_MY_WALLET_V2");
        found.ShouldNotBeNull();
        found.Password.ShouldBe("from-shell");
    }
}
