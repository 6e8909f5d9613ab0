using System.Globalization;
using Finney.Primitives.Encoding;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.System;
using Finney.Testing;

namespace Finney.EndToEnd.Tests;

/// <summary>A node with a base path keeps its chain in RocksDB: kill -9 and a restart lose nothing finalized.</summary>
public sealed class RestartTests
{
    private const ulong Amount = 1_234_567;

    [Fact]
    public async Task KilledNode_RestartsFromItsBasePath_WithChainAndBalancesIntact()
    {
        var basePath = Path.Combine(Path.GetTempPath(), "finney-e2e-" + Guid.NewGuid().ToString("N"));
        string[] arguments = ["--dev", "--base-path", basePath, "--block-time", "200ms"];
        var recipient = DevAccounts.Account("RestartTests");
        var accountKey = Hex.Encode(SystemStorage.Account.KeyFor(recipient));
        try
        {
            string genesis;
            uint finalizedBefore;
            string finalizedHashBefore;
            using (var node = await NodeProcess.StartAsync(arguments))
            {
                await using var client = await RpcClient.ConnectAsync(node.WebSocketUri);
                genesis = (await client.ResultAsync("chain_getBlockHash", 0))!.GetValue<string>();
                await client.ResultAsync("author_submitExtrinsic", Hex.Encode(await SignedTransferAsync(client, genesis, recipient)));

                (finalizedHashBefore, finalizedBefore) = await WaitUntilFinalizedAsync(client, accountKey, TimeSpan.FromSeconds(30));
                node.KillHard();
            }

            using var restarted = await NodeProcess.StartAsync(arguments);
            await using var after = await RpcClient.ConnectAsync(restarted.WebSocketUri);
            restarted.Output.ShouldNotContain("Initializing Genesis");
            var resumed = System.Text.RegularExpressions.Regex.Match(restarted.Output, @"📦 Resuming at best block #(\d+)");
            resumed.Success.ShouldBeTrue(restarted.Output);
            var resumedAt = uint.Parse(resumed.Groups[1].Value, CultureInfo.InvariantCulture);
            resumedAt.ShouldBeGreaterThanOrEqualTo(finalizedBefore);
            (await after.ResultAsync("chain_getBlockHash", 0))!.GetValue<string>().ShouldBe(genesis);
            (await after.ResultAsync("chain_getBlockHash", finalizedBefore))!.GetValue<string>().ShouldBe(finalizedHashBefore);
            (await NumberOfAsync(after, (await after.ResultAsync("chain_getFinalizedHead"))!.GetValue<string>())).ShouldBeGreaterThanOrEqualTo(finalizedBefore);
            Balance(await after.ResultAsync("state_getStorage", accountKey)).ShouldBe(Amount);

            // The chain goes on from where it was.
            await restarted.WaitForLogAsync($@"🏆 Imported #{resumedAt + 2} ", TimeSpan.FromSeconds(30));
            Balance(await after.ResultAsync("state_getStorage", accountKey)).ShouldBe(Amount);
        }
        finally
        {
            if (Directory.Exists(basePath))
            {
                Directory.Delete(basePath, recursive: true);
            }
        }
    }

    [Fact]
    public async Task KilledWhileAuthoringUnderLoad_KeepsEveryBlockAClientSaw()
    {
        var basePath = Path.Combine(Path.GetTempPath(), "finney-e2e-" + Guid.NewGuid().ToString("N"));
        string[] arguments = ["--dev", "--base-path", basePath, "--block-time", "100ms"];
        var random = new Random(20251125);
        try
        {
            for (var cycle = 0; cycle < 3; cycle++)
            {
                (uint Number, string Hash) seen;
                using (var node = await NodeProcess.StartAsync(arguments))
                {
                    await using var client = await RpcClient.ConnectAsync(node.WebSocketUri);
                    var genesis = (await client.ResultAsync("chain_getBlockHash", 0))!.GetValue<string>();
                    for (var i = 0; i < 40; i++)
                    {
                        var transfer = await SignedTransferAsync(client, genesis, DevAccounts.Account($"Load{cycle}-{i}"));
                        await client.ResultAsync("author_submitExtrinsic", Hex.Encode(transfer));
                    }

                    await Task.Delay(random.Next(200, 1500));
                    var best = (await client.ResultAsync("chain_getBlockHash"))!.GetValue<string>();
                    seen = (await NumberOfAsync(client, best), best);
                    node.KillHard();
                }

                using var restarted = await NodeProcess.StartAsync(arguments);
                await using var after = await RpcClient.ConnectAsync(restarted.WebSocketUri);
                (await after.ResultAsync("chain_getBlockHash", seen.Number))!.GetValue<string>().ShouldBe(seen.Hash, $"cycle {cycle}: block #{seen.Number} was served before the kill");
                restarted.KillHard();
            }
        }
        finally
        {
            if (Directory.Exists(basePath))
            {
                Directory.Delete(basePath, recursive: true);
            }
        }
    }

    // Alice's transfer with her next nonce (system_accountNextIndex counts her transactions in the pool).
    private static async Task<byte[]> SignedTransferAsync(RpcClient client, string genesis, Primitives.Accounts.AccountId32 recipient)
    {
        var version = (await client.ResultAsync("state_getRuntimeVersion"))!;
        var nonce = (await client.ResultAsync("system_accountNextIndex", DevAccounts.Alice.AccountId.ToSs58()))!.GetValue<uint>();
        var genesisHash = Hex.Decode(genesis);
        return UncheckedExtrinsic.Sign(
            DevAccounts.Alice,
            new TransferKeepAlive(MultiAddress.Id(recipient), Amount),
            new SignedExtra(Era.Immortal, nonce, 0),
            new SignedImplicit(version["specVersion"]!.GetValue<uint>(), version["transactionVersion"]!.GetValue<uint>(), genesisHash, genesisHash));
    }

    // Polls the finalized head until the recipient's account exists in its state.
    private static async Task<(string Hash, uint Number)> WaitUntilFinalizedAsync(RpcClient client, string accountKey, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var finalized = (await client.ResultAsync("chain_getFinalizedHead"))!.GetValue<string>();
            if (await client.ResultAsync("state_getStorage", accountKey, finalized) is { } value)
            {
                Balance(value).ShouldBe(Amount);
                return (finalized, await NumberOfAsync(client, finalized));
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the transfer was not finalized in time");
    }

    private static async Task<uint> NumberOfAsync(RpcClient client, string hash)
    {
        var number = (await client.ResultAsync("chain_getHeader", hash))!["number"]!.GetValue<string>();
        return uint.Parse(number[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    private static ulong Balance(System.Text.Json.Nodes.JsonNode? value) =>
        AccountInfo.Type.Decode(Hex.Decode(value.ShouldNotBeNull().GetValue<string>())).Data.Free;
}
