using Finney.Sdk.Wallets;

namespace Finney.Sdk.Tests.Wallets;

/// <summary>Scores the passwords crate's own tests assert (its scorer without the common-password list).</summary>
public class PasswordStrengthTests
{
    [Theory]
    [InlineData("kq4zpz13", 62)]
    [InlineData("abc123", 24)]
    [InlineData("ZYX[$BCkQB中文}%A_3456]  H(\rg", 100)]
    [InlineData("", 0)]
    public void Score_MatchesPasswordsCrate(string password, double expected) =>
        PasswordStrength.Score(password).ShouldBe(expected, 1e-9);

    [Theory]
    [InlineData("abc12", false)]
    [InlineData("aaaaaa", true)] // 22: the policy is mostly the length, as in btwallet
    [InlineData("abc123", true)]
    [InlineData("Correct-Horse-7", true)]
    public void IsAcceptable_AppliesLengthAndScore(string password, bool acceptable) =>
        PasswordStrength.IsAcceptable(password).ShouldBe(acceptable);
}
