using Finney.Primitives.Units;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.TransactionPayment;
using Finney.Sdk.Chain;
using Finney.Sdk.Transactions;
using Finney.Sdk.Wallets;

namespace Finney.EndToEnd.Tests.Sdk;

/// <summary>The SDK's client, signer and submitter against a real dev node: what btcli-style commands rely on.</summary>
public sealed class SdkTransactionTests(DevNodeFixture fixture) : IClassFixture<DevNodeFixture>
{
    private static readonly TaoBalance OneTao = TaoBalance.FromTao(1);

    [Fact]
    public async Task Client_DevChain_ReadsVersionGenesisAndEndowedBalance()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        using var alice = WalletKey.FromUri("//Alice");

        var version = await chain.RuntimeVersionAsync();
        var genesis = await chain.GenesisHashAsync();
        var account = await chain.AccountAsync(alice.AccountId);

        version.SpecName.ShouldNotBeNullOrEmpty();
        genesis.Length.ShouldBe(32);
        account.Data.Free.ShouldBeGreaterThan(TaoBalance.FromTao(900_000).Rao);
    }

    [Fact]
    public async Task Send_TransferKeepAlive_IsInBlockWithTransferEventAndTheEstimatedFee()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        var submitter = new TransactionSubmitter(chain);
        using var bob = WalletKey.FromUri("//Bob");
        using var recipient = WalletKey.Generate();
        var call = new TransferKeepAlive(MultiAddress.Id(recipient.AccountId), 5 * OneTao.Rao);

        var fee = await submitter.EstimateFeeAsync(call, bob.AccountId);
        var result = await submitter.SendAsync(call, bob);

        result.Status.ShouldBe(TransactionStatus.InBlock, result.Error);
        result.Succeeded.ShouldBeTrue();
        result.Events.OfType<Transfer>().Single().ShouldBe(new Transfer(bob.AccountId, recipient.AccountId, 5 * OneTao.Rao));
        fee.Rao.ShouldBeGreaterThan(0UL);
        result.Events.OfType<TransactionFeePaid>().Single().ActualFee.ShouldBe(fee.Rao);
        (await chain.AccountAsync(recipient.AccountId, result.BlockHash)).Data.Free.ShouldBe(5 * OneTao.Rao);
    }

    [Fact]
    public async Task Send_ThreeInFlightFromOneAccount_AllLandWithConsecutiveNonces()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        var submitter = new TransactionSubmitter(chain);
        using var charlie = WalletKey.FromUri("//Charlie");
        using var recipient = WalletKey.Generate();
        var call = new TransferAllowDeath(MultiAddress.Id(recipient.AccountId), OneTao.Rao);

        var signed = new List<SignedTransaction>();
        for (var i = 0; i < 3; i++)
        {
            signed.Add(await submitter.SignAsync(call, charlie));
        }

        var results = await Task.WhenAll(signed.Select(t => submitter.SubmitAsync(t)));

        signed.Select(t => t.Nonce).ShouldBe([signed[0].Nonce, signed[0].Nonce + 1, signed[0].Nonce + 2]);
        results.ShouldAllBe(r => r.Succeeded);
        (await chain.AccountAsync(recipient.AccountId)).Data.Free.ShouldBe(3 * OneTao.Rao);
    }

    [Fact]
    public async Task Send_MoreThanTheBalance_IsIncludedButFailsWithTheErrorInWords()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        var submitter = new TransactionSubmitter(chain);
        using var dave = WalletKey.FromUri("//Dave");
        using var recipient = WalletKey.Generate();

        var result = await submitter.SendAsync(new TransferKeepAlive(MultiAddress.Id(recipient.AccountId), TaoBalance.FromTao(5_000).Rao), dave);

        result.Status.ShouldBe(TransactionStatus.InBlock);
        result.Succeeded.ShouldBeFalse();
        result.DispatchError.ShouldNotBeNull();
        result.Error.ShouldNotBeNullOrWhiteSpace();
        result.Error.ShouldNotStartWith("Module(");
    }

    [Fact]
    public async Task Submit_SameTransactionTwice_SecondIsRejectedWithTheNodesReason()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        var submitter = new TransactionSubmitter(chain);
        using var eve = WalletKey.FromUri("//Eve");
        using var recipient = WalletKey.Generate();
        var transaction = await submitter.SignAsync(new TransferAllowDeath(MultiAddress.Id(recipient.AccountId), OneTao.Rao), eve);

        var first = await submitter.SubmitAsync(transaction);
        var second = await submitter.SubmitAsync(transaction);

        first.Succeeded.ShouldBeTrue(first.Error);
        second.Status.ShouldBe(TransactionStatus.Rejected);
        second.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Send_WaitForFinalized_ReportsFinalizedAndImmortalWorksToo()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        var submitter = new TransactionSubmitter(chain);
        using var ferdie = WalletKey.FromUri("//Ferdie");
        using var recipient = WalletKey.Generate();

        var result = await submitter.SendAsync(
            new TransferAllowDeath(MultiAddress.Id(recipient.AccountId), OneTao.Rao), ferdie, new TransactionOptions { WaitFor = WaitFor.Finalized, Period = 0 });

        result.Status.ShouldBe(TransactionStatus.Finalized, result.Error);
        result.Succeeded.ShouldBeTrue();
        var finalized = ChainClient.NumberOf(await chain.HeaderAsync(await chain.FinalizedHeadAsync()));
        finalized.ShouldBeGreaterThanOrEqualTo(ChainClient.NumberOf(await chain.HeaderAsync(result.BlockHash)));
    }

    [Fact]
    public async Task Connection_ManyConcurrentRequestsAndAHeadSubscription_ShareOneSocket()
    {
        await using var chain = await ChainClient.ConnectAsync(fixture.Node.WebSocketUri);
        await using var heads = await chain.SubscribeNewHeadsAsync();

        var hashes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => chain.BlockHashAsync(0)));
        var first = ChainClient.NumberOf(System.Text.Json.JsonSerializer.Deserialize(await heads.NextAsync(), Finney.Rpc.RpcJsonContext.Default.HeaderDto)!);
        var second = ChainClient.NumberOf(System.Text.Json.JsonSerializer.Deserialize(await heads.NextAsync(), Finney.Rpc.RpcJsonContext.Default.HeaderDto)!);

        hashes.Distinct().Count().ShouldBe(1);
        second.ShouldBeGreaterThan(first);
    }

    [Fact]
    public async Task Connect_NothingListening_FailsWithAConnectionError()
    {
        var port = System.Net.Sockets.TcpListener.Create(0);
        port.Start();
        var free = ((System.Net.IPEndPoint)port.LocalEndpoint).Port;
        port.Stop();

        var error = await Should.ThrowAsync<Finney.Sdk.Rpc.RpcConnectionException>(() => ChainClient.ConnectAsync(new Uri($"ws://127.0.0.1:{free}")));

        error.Message.ShouldContain("Cannot reach a node");
    }
}
