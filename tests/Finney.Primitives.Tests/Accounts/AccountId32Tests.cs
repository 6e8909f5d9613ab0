using Finney.Primitives.Accounts;

namespace Finney.Primitives.Tests.Accounts;

public class AccountId32Tests
{
    private const string AliceAddress = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    private const string AliceHex = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

    [Fact]
    public void Parse_Ss58AndHex_GiveTheSameAccount()
    {
        var fromAddress = AccountId32.Parse(AliceAddress);
        var fromHex = AccountId32.Parse(AliceHex);
        fromAddress.ShouldBe(fromHex);
        fromAddress.ToHex().ShouldBe(AliceHex);
        fromHex.ToString().ShouldBe(AliceAddress);
    }

    [Fact]
    public void Parse_OtherPrefix_GivesSameBytes() =>
        AccountId32.Parse("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5").ShouldBe(AccountId32.Parse(AliceAddress));

    [Theory]
    [InlineData("0xd43593")]
    [InlineData("not an address")]
    [InlineData("0xzz3593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")]
    public void TryParse_Invalid_ReturnsFalse(string text) =>
        AccountId32.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void CompareTo_OrdersByBytes()
    {
        var low = new AccountId32(new byte[32]);
        var highBytes = new byte[32];
        highBytes[0] = 1;
        var high = new AccountId32(highBytes);
        (low < high).ShouldBeTrue();
        low.CompareTo(high).ShouldBeLessThan(0);
        default(AccountId32).ShouldBe(low);
    }

    [Fact]
    public void Constructor_WrongLength_Throws() =>
        Should.Throw<ArgumentException>(() => new AccountId32(new byte[31]));
}
