using Finney.Runtime.Aura;
using Finney.Runtime.Balances;
using Finney.Runtime.Blocks;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;
using Finney.Runtime.Timestamp;
using Finney.Runtime.TransactionPayment;
using Finney.Testing;

namespace Finney.Runtime.Tests.Executive;

public sealed class BlockExecutionTests
{
    private const ulong Tao = TestRuntime.Tao;

    private static TestChain Chain() => new TestRuntime().WithDevBalances(100 * Tao).Build();

    private static TransferKeepAlive Pay(ulong rao) => new(MultiAddress.Id(DevAccounts.Bob.AccountId), rao);

    [Fact]
    public void Block_RecordsNumberParentTimestampSlotAndHashHistory()
    {
        using var chain = Chain();
        var genesis = chain.Head;
        var (block, _) = chain.ProduceBlock();
        block.Header.Number.ShouldBe(1u);
        block.Header.ParentHash.ShouldBe(genesis.Hash);
        SystemStorage.Number.Get(chain.State).ShouldBe(1u);
        SystemStorage.BlockHash.Get(chain.State, 0).ShouldBe(genesis.Hash);
        TimestampPallet.Now.Get(chain.State).ShouldBeGreaterThan(0ul);
        TimestampPallet.DidUpdate.Exists(chain.State).ShouldBeFalse();
        AuraPallet.CurrentSlot.Get(chain.State).ShouldBe(TimestampPallet.Now.Get(chain.State) / AuraPallet.SlotDuration);
        AuraPallet.SlotOf(block.Header.Digest).ShouldBe(AuraPallet.CurrentSlot.Get(chain.State));
        block.Events[0].Phase.ShouldBe(Phase.ApplyExtrinsic(0));
        block.Events[0].Event.ShouldBeOfType<ExtrinsicSuccess>().DispatchInfo.Class.ShouldBe(DispatchClass.Mandatory);
    }

    [Fact]
    public void BlockHashHistory_IsPrunedToBlockHashCount()
    {
        using var chain = Chain();
        for (var i = 0; i < 5; i++)
        {
            chain.ProduceBlock();
        }

        SystemStorage.BlockHash.Iterate(chain.State).Count().ShouldBe(5);
        SystemConstants.BlockHashCount.ShouldBe(2400u);
    }

    [Fact]
    public void Fee_IsBaseLengthAndWeight_PaidToTheAuthor()
    {
        using var chain = Chain();
        var alice = DevAccounts.Alice.AccountId;
        var charlie = DevAccounts.Charlie.AccountId;
        var xt = chain.Sign(DevAccounts.Charlie, Pay(Tao), tip: 10);
        var expectedFee = Fees.WeightToFee(RuntimeConstants.BaseExtrinsicWeight) + (ulong)xt.Length + Fees.WeightToFee(Pay(Tao).GetDispatchInfo().Weight) + 10;
        var issuance = chain.TotalIssuance;
        var (block, _) = chain.ProduceBlock(xt);
        chain.Free(charlie).ShouldBe((99 * Tao) - expectedFee);
        chain.Free(alice).ShouldBe((100 * Tao) + expectedFee);
        chain.TotalIssuance.ShouldBe(issuance);
        block.Events.Select(e => e.Event).ShouldContain(new TransactionFeePaid(charlie, expectedFee, 10));
        block.Events.Select(e => e.Event).ShouldContain(new Deposit(alice, expectedFee));
    }

    [Fact]
    public void Fee_WithoutAnAuthor_IsBurned()
    {
        using var chain = new TestRuntime().WithDevBalances(100 * Tao).WithoutAuthorities().Build();
        var issuance = chain.TotalIssuance;
        var xt = chain.Sign(DevAccounts.Charlie, Pay(Tao));
        chain.ProduceBlock(xt);
        chain.TotalIssuance.ShouldBeLessThan(issuance);
    }

    [Fact]
    public void FailedCall_StillPaysFeeAndBumpsNonce_AndReportsTheError()
    {
        using var chain = Chain();
        var (block, outcomes) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, Pay(150 * Tao)));
        outcomes[0].IsIncluded.ShouldBeTrue();
        outcomes[0].Result.Dispatch.Error.ShouldBe(DispatchError.Token(TokenError.FundsUnavailable));
        chain.Account(DevAccounts.Charlie.AccountId).Nonce.ShouldBe(1u);
        chain.Free(DevAccounts.Charlie.AccountId).ShouldBeLessThan(100 * Tao);
        block.Events[^1].Event.ShouldBeOfType<ExtrinsicFailed>().DispatchError.ShouldBe(DispatchError.Token(TokenError.FundsUnavailable));
    }

    [Fact]
    public void InvalidExtrinsic_IsLeftOutWithoutTrace()
    {
        using var chain = Chain();
        var (block, outcomes) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, Pay(Tao), nonce: 5), chain.Sign(DevAccounts.Charlie, Pay(Tao)));
        outcomes[0].Result.Invalid.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.Future));
        outcomes[1].Result.IsSuccess.ShouldBeTrue();
        block.Extrinsics.Count.ShouldBe(2);
        block.Events.Where(e => e.Event is ExtrinsicSuccess).Select(e => e.Phase).ShouldBe([Phase.ApplyExtrinsic(0), Phase.ApplyExtrinsic(1)]);
    }

    [Fact]
    public void OversizedExtrinsic_ExhaustsResources()
    {
        using var chain = Chain();
        var (_, outcomes) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, new Remark(new byte[RuntimeConstants.NormalBlockLength])));
        outcomes[0].Result.Invalid.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources));
    }

    [Fact]
    public void ImportBlock_ReExecutesToTheSameChanges()
    {
        using var chain = Chain();
        var parent = chain.State;
        var (built, _) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, Pay(Tao)), chain.Sign(DevAccounts.Dave, Pay(2 * Tao)));
        var imported = chain.Runtime.ImportBlock(parent, new Block(built.Header, built.Extrinsics));
        imported.Changes.Select(c => (Convert.ToHexString(c.Key), c.Value is null ? null : Convert.ToHexString(c.Value)))
            .ShouldBe(built.Changes.Select(c => (Convert.ToHexString(c.Key), c.Value is null ? null : Convert.ToHexString(c.Value))));
        imported.Events.Count.ShouldBe(built.Events.Count);
    }

    [Fact]
    public void ImportBlock_WithWrongExtrinsicsRoot_IsInvalid()
    {
        using var chain = Chain();
        var parent = chain.State;
        var (built, _) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, Pay(Tao)));
        var forged = built.Header with { ExtrinsicsRoot = new byte[32] };
        Should.Throw<InvalidBlockException>(() => chain.Runtime.ImportBlock(parent, new Block(forged, built.Extrinsics)));
    }

    [Fact]
    public void ImportBlock_WithoutTimestamp_IsInvalid()
    {
        using var chain = Chain();
        var parent = chain.State;
        var (built, _) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, Pay(Tao)));
        var withoutInherent = built.Extrinsics.Skip(1).ToList();
        var header = built.Header with { ExtrinsicsRoot = TrieRoots.ExtrinsicsRoot(withoutInherent) };
        Should.Throw<InvalidBlockException>(() => chain.Runtime.ImportBlock(parent, new Block(header, withoutInherent)));
    }

    [Fact]
    public void ImportBlock_WithInherentAfterSignedExtrinsic_IsInvalid()
    {
        using var chain = Chain();
        var parent = chain.State;
        var (built, _) = chain.ProduceBlock(chain.Sign(DevAccounts.Charlie, Pay(Tao)));
        var reordered = new List<byte[]> { built.Extrinsics[1], built.Extrinsics[0] };
        var header = built.Header with { ExtrinsicsRoot = TrieRoots.ExtrinsicsRoot(reordered) };
        Should.Throw<InvalidBlockException>(() => chain.Runtime.ImportBlock(parent, new Block(header, reordered)));
    }

    [Fact]
    public void BuildBlock_WithTimestampInTheSameSlot_IsInvalid()
    {
        using var chain = Chain();
        chain.ProduceBlock();
        var now = TimestampPallet.Now.Get(chain.State);
        Should.Throw<InvalidBlockException>(() => chain.Runtime.BuildBlock(chain.State, chain.Head, now + 1));
    }

    [Fact]
    public void NextTimestamp_AdvancesAtLeastOneSlot()
    {
        using var chain = Chain();
        chain.ProduceBlock();
        var now = TimestampPallet.Now.Get(chain.State);
        chain.Runtime.NextTimestamp(chain.State, now).ShouldBe(now + AuraPallet.SlotDuration);
        chain.Runtime.NextTimestamp(chain.State, now + 100_000).ShouldBe(now + 100_000);
    }

    [Fact]
    public void Genesis_IsDeterministic_AndEndowsTheDevAccounts()
    {
        var a = FinneyRuntime.Instance.BuildGenesis(Genesis.ChainSpec.Dev);
        var b = FinneyRuntime.Instance.BuildGenesis(Genesis.ChainSpec.Parse(Genesis.ChainSpec.Dev.ToJson()));
        a.Changes.Select(c => Convert.ToHexString(c.Key) + Convert.ToHexString(c.Value!)).ShouldBe(b.Changes.Select(c => Convert.ToHexString(c.Key) + Convert.ToHexString(c.Value!)));
        var state = a.ToMemoryState();
        SystemStorage.Account.Get(state, DevAccounts.Alice.AccountId).Data.Free.ShouldBe(1_000_000 * Tao);
        SystemStorage.Account.Get(state, DevAccounts.Ferdie.AccountId).Data.Free.ShouldBe(2_000 * Tao);
        BalancesPallet.TotalIssuance.Get(state).ShouldBe((3_000_000 + 6_000) * Tao);
        Runtime.Sudo.SudoPallet.Key.Get(state).ShouldBe(DevAccounts.Alice.AccountId);
        AuraPallet.Authorities.Get(state).Single().ShouldBe(DevAccounts.Alice.AccountId.Bytes.ToArray());
        a.Header.Number.ShouldBe(0u);
    }
}
