namespace Finney.Rpc.Tests;

public sealed class RpcMethodsTests
{
    [Theory]
    [InlineData("chain_getBlockHash", "chain_getHead")]
    [InlineData("chain_getFinalizedHead", "chain_getFinalisedHead")]
    [InlineData("chain_subscribeNewHeads", "chain_subscribeNewHead")]
    [InlineData("chain_subscribeNewHeads", "subscribe_newHead")]
    [InlineData("chain_unsubscribeNewHeads", "unsubscribe_newHead")]
    [InlineData("state_getStorage", "state_getStorageAt")]
    [InlineData("state_call", "state_callAt")]
    [InlineData("state_getKeysPaged", "state_getKeysPagedAt")]
    [InlineData("system_accountNextIndex", "account_nextIndex")]
    [InlineData("state_getRuntimeVersion", "chain_getRuntimeVersion")]
    public void Aliases_AreSubstrates(string method, string alias) => RpcMethods.AliasesOf(method).ShouldContain(alias);

    [Fact]
    public void Aliases_AreUnique()
    {
        var all = RpcMethods.Aliases.SelectMany(a => a.Value.Prepend(a.Key)).ToList();
        all.Distinct(StringComparer.Ordinal).Count().ShouldBe(all.Count);
    }
}
