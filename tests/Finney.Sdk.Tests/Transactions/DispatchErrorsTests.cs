using Finney.Runtime.Balances;
using Finney.Runtime.Kernel;
using Finney.Sdk.Transactions;

namespace Finney.Sdk.Tests.Transactions;

public class DispatchErrorsTests
{
    [Fact]
    public void Describe_BalancesModuleError_NamesPalletVariantAndDoc()
    {
        var text = DispatchErrors.Describe(DispatchError.Module(BalancesPallet.Index, (byte)BalancesError.InsufficientBalance));

        text.ShouldStartWith("Balances.InsufficientBalance: ");
        text.Length.ShouldBeGreaterThan("Balances.InsufficientBalance: ".Length);
    }

    [Fact]
    public void Describe_UnknownPallet_FallsBackToTheRawForm() =>
        DispatchErrors.Describe(DispatchError.Module(200, 3)).ShouldBe("Module(200, 3)");

    [Fact]
    public void Describe_TokenAndBadOrigin_AreSentences()
    {
        DispatchErrors.Describe(DispatchError.Token(TokenError.FundsUnavailable)).ShouldStartWith("Token(FundsUnavailable): the account cannot pay");
        DispatchErrors.Describe(DispatchError.BadOrigin).ShouldStartWith("BadOrigin: ");
    }
}
