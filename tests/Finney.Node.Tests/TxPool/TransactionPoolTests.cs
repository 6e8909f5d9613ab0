using Finney.Node.Blocks;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Finney.Node.Tests.TxPool.TestExtrinsics;

namespace Finney.Node.Tests.TxPool;

public sealed class TransactionPoolTests
{
    private readonly FakePoolChain _chain = new();
    private readonly FakeTimeProvider _time = new();

    private TransactionPool CreateSut(TxPoolOptions? options = null) =>
        new(options ?? new TxPoolOptions(), _chain, _time, NullLogger.Instance);

    private static Block BlockWith(uint number, params byte[][] extrinsics) =>
        new(new BlockHeader(Hash256.Zero, number, Hash256.Zero, Hash256.Zero, []), extrinsics);

    private static List<PoolTransaction> Drain(ReadyIterator ready)
    {
        var result = new List<PoolTransaction>();
        while (ready.TryNext(out var transaction))
        {
            result.Add(transaction);
        }

        return result;
    }

    [Fact]
    public void Submit_NonceEqualToAccountNonce_IsReady()
    {
        _chain.Nonces[Account(1)] = 5;
        var pool = CreateSut();
        pool.Submit(Signed(1, 5)).Outcome.ShouldBe(AcceptTxOutcome.Ready);
    }

    [Fact]
    public void Submit_NonceGap_IsFutureUntilTheGapIsFilled()
    {
        var pool = CreateSut();
        var statuses = new List<string>();
        pool.Submit(Signed(1, 1), s => statuses.Add(s.Kind)).Outcome.ShouldBe(AcceptTxOutcome.Future);
        pool.FutureCount.ShouldBe(1);
        pool.Submit(Signed(1, 0)).Outcome.ShouldBe(AcceptTxOutcome.Ready);
        statuses.ShouldBe(["future", "ready"]);
        pool.FutureCount.ShouldBe(0);
    }

    [Fact]
    public void Submit_SameBytesTwice_IsAlreadyKnown()
    {
        var pool = CreateSut();
        pool.Submit(Signed(1, 0)).IsAccepted.ShouldBeTrue();
        pool.Submit(Signed(1, 0)).Outcome.ShouldBe(AcceptTxOutcome.AlreadyKnown);
    }

    [Fact]
    public void Submit_InvalidByRuntime_IsRejectedWithTheReason()
    {
        var pool = CreateSut();
        var bytes = Signed(1, 0);
        _chain.Errors[Hash256.Blake2(bytes)] = TransactionValidityError.BadProof;
        var result = pool.Submit(bytes);
        result.Outcome.ShouldBe(AcceptTxOutcome.Invalid);
        result.Detail.ShouldBe("Transaction has a bad signature");
        pool.Count.ShouldBe(0);
    }

    [Fact]
    public void Submit_StaleNonce_IsOutdated()
    {
        _chain.Nonces[Account(1)] = 3;
        var result = CreateSut().Submit(Signed(1, 2));
        result.Outcome.ShouldBe(AcceptTxOutcome.Invalid);
        result.Detail.ShouldBe("Transaction is outdated");
    }

    [Fact]
    public void Submit_GarbageBytes_IsMalformed()
    {
        CreateSut().Submit([1, 2, 3]).Outcome.ShouldBe(AcceptTxOutcome.Malformed);
        _chain.Validations.ShouldBe(0);
    }

    [Fact]
    public void Submit_SameSenderAndNonceWithHigherPriority_ReplacesAndUsurps()
    {
        var pool = CreateSut();
        var first = Signed(1, 0, marker: 1);
        var second = Signed(1, 0, marker: 2);
        _chain.Priorities[Hash256.Blake2(second)] = 200;
        var statuses = new List<TxStatus>();
        pool.Submit(first, statuses.Add);
        pool.Submit(second).Outcome.ShouldBe(AcceptTxOutcome.Ready);
        statuses.Select(s => s.Kind).ShouldBe(["ready", "usurped"]);
        statuses[1].Hash.ShouldBe(Hash256.Blake2(second));
        pool.Count.ShouldBe(1);
    }

    [Fact]
    public void Submit_SameSenderAndNonceWithoutHigherPriority_IsTooLowPriority()
    {
        var pool = CreateSut();
        pool.Submit(Signed(1, 0, marker: 1));
        var result = pool.Submit(Signed(1, 0, marker: 2));
        result.Outcome.ShouldBe(AcceptTxOutcome.TooLowPriority);
        (result.OldPriority, result.NewPriority).ShouldBe((100UL, 100UL));
    }

    [Fact]
    public void Submit_OverTheSenderLimit_IsDropped()
    {
        var pool = CreateSut(new TxPoolOptions { MaxPerSender = 2 });
        pool.Submit(Signed(1, 0)).IsAccepted.ShouldBeTrue();
        pool.Submit(Signed(1, 1)).IsAccepted.ShouldBeTrue();
        pool.Submit(Signed(1, 2)).Outcome.ShouldBe(AcceptTxOutcome.ImmediatelyDropped);
        pool.Submit(Signed(2, 0)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void Submit_OverTheFutureLimit_IsDroppedButReadyStillEnters()
    {
        var pool = CreateSut(new TxPoolOptions { MaxFuture = 1 });
        pool.Submit(Signed(1, 5)).Outcome.ShouldBe(AcceptTxOutcome.Future);
        pool.Submit(Signed(2, 5)).Outcome.ShouldBe(AcceptTxOutcome.ImmediatelyDropped);
        pool.Submit(Signed(2, 0)).Outcome.ShouldBe(AcceptTxOutcome.Ready);
    }

    [Fact]
    public void Submit_FullPool_EvictsTheLowestPriorityOrDropsTheNewcomer()
    {
        var pool = CreateSut(new TxPoolOptions { MaxTransactions = 2 });
        var low = Signed(1, 0);
        _chain.Priorities[Hash256.Blake2(low)] = 10;
        var statuses = new List<string>();
        pool.Submit(low, s => statuses.Add(s.Kind));
        pool.Submit(Signed(2, 0));
        pool.Submit(Signed(3, 0)).Outcome.ShouldBe(AcceptTxOutcome.Ready);
        statuses.ShouldBe(["ready", "dropped"]);
        var lowest = Signed(4, 0);
        _chain.Priorities[Hash256.Blake2(lowest)] = 1;
        pool.Submit(lowest).Outcome.ShouldBe(AcceptTxOutcome.ImmediatelyDropped);
        pool.Count.ShouldBe(2);
    }

    [Fact]
    public void Ready_IsBestPriorityFirstThenArrival_AndNonceOrderPerSender()
    {
        var pool = CreateSut();
        var a0 = Signed(1, 0);
        var a1 = Signed(1, 1);
        var b0 = Signed(2, 0);
        var c0 = Signed(3, 0);
        _chain.Priorities[Hash256.Blake2(a1)] = 1000;
        _chain.Priorities[Hash256.Blake2(c0)] = 500;
        foreach (var bytes in new[] { a1, a0, b0, c0 })
        {
            pool.Submit(bytes);
        }

        Drain(pool.Ready()).Select(t => t.Hash).ShouldBe([.. new[] { c0, a0, a1, b0 }.Select(b => Hash256.Blake2(b))]);
    }

    [Fact]
    public void Ready_SkipSender_LeavesTheSendersLaterNoncesOut()
    {
        var pool = CreateSut();
        pool.Submit(Signed(1, 0));
        pool.Submit(Signed(1, 1));
        pool.Submit(Signed(2, 0));
        var ready = pool.Ready();
        ready.TryNext(out var first).ShouldBeTrue();
        first.Sender.ShouldBe(Account(1));
        ready.SkipSender();
        Drain(ready).Select(t => t.Sender).ShouldBe([Account(2)]);
    }

    [Fact]
    public void OnBlockImported_IncludedLeaveWithInBlockAndFinalized_AndAreBanned()
    {
        var pool = CreateSut();
        var bytes = Signed(1, 0);
        var statuses = new List<TxStatus>();
        pool.Submit(bytes, statuses.Add);
        _chain.Nonces[Account(1)] = 1;
        var blockHash = Hash256.Blake2([9]);
        pool.OnBlockImported(BlockWith(1, bytes), blockHash, finalized: true);
        statuses.Select(s => s.Kind).ShouldBe(["ready", "inBlock", "finalized"]);
        statuses[1].Hash.ShouldBe(blockHash);
        pool.Count.ShouldBe(0);
        pool.Submit(bytes).Outcome.ShouldBe(AcceptTxOutcome.TemporarilyBanned);
        _time.Advance(TimeSpan.FromMinutes(31));
        pool.Submit(bytes).Outcome.ShouldBe(AcceptTxOutcome.Invalid);
    }

    [Fact]
    public void OnBlockImported_SameNonceFromElsewhere_MakesThePoolCopyInvalid()
    {
        var pool = CreateSut();
        var statuses = new List<string>();
        pool.Submit(Signed(1, 0, marker: 1), s => statuses.Add(s.Kind));
        pool.Submit(Signed(1, 1)).Outcome.ShouldBe(AcceptTxOutcome.Ready);
        _chain.Nonces[Account(1)] = 1;
        pool.OnBlockImported(BlockWith(1, Signed(1, 0, marker: 2)), Hash256.Zero, finalized: true);
        statuses.ShouldBe(["ready", "invalid"]);
        pool.Count.ShouldBe(1);
        Drain(pool.Ready()).Single().Nonce.ShouldBe(1u);
    }

    [Fact]
    public void OnBlockImported_NonceAdvancedPastAGap_PromotesTheFuture()
    {
        var pool = CreateSut();
        var statuses = new List<string>();
        pool.Submit(Signed(1, 2), s => statuses.Add(s.Kind));
        _chain.Nonces[Account(1)] = 2;
        pool.OnBlockImported(BlockWith(1), Hash256.Zero, finalized: true);
        statuses.ShouldBe(["future", "ready"]);
    }

    [Fact]
    public void OnBlockImported_Revalidation_RemovesWhatBecameInvalid()
    {
        var pool = CreateSut();
        var bytes = Signed(1, 0);
        var statuses = new List<string>();
        pool.Submit(bytes, s => statuses.Add(s.Kind));
        _chain.Errors[Hash256.Blake2(bytes)] = TransactionValidityError.Payment;
        _chain.BestNumber = 1;
        pool.OnBlockImported(BlockWith(1), Hash256.Zero, finalized: true);
        statuses.ShouldBe(["ready", "invalid"]);
        pool.Count.ShouldBe(0);
    }

    [Fact]
    public void NextNonce_CountsConsecutivePoolTransactions()
    {
        _chain.Nonces[Account(1)] = 3;
        var pool = CreateSut();
        pool.NextNonce(Account(1), 3).ShouldBe(3u);
        pool.Submit(Signed(1, 3));
        pool.Submit(Signed(1, 4));
        pool.Submit(Signed(1, 6));
        pool.NextNonce(Account(1), 3).ShouldBe(5u);
    }

    [Fact]
    public void Unsigned_IsReadyAndLeavesWhenIncluded()
    {
        var pool = CreateSut();
        var bytes = Unsigned(7);
        pool.Submit(bytes).Outcome.ShouldBe(AcceptTxOutcome.Ready);
        pool.OnBlockImported(BlockWith(1, bytes), Hash256.Zero, finalized: true);
        pool.Count.ShouldBe(0);
    }

    [Fact]
    public void RemoveInvalid_TellsWatchersAndBans()
    {
        var pool = CreateSut();
        var bytes = Signed(1, 0);
        var statuses = new List<string>();
        pool.Submit(bytes, s => statuses.Add(s.Kind));
        pool.RemoveInvalid(Hash256.Blake2(bytes));
        statuses.ShouldBe(["ready", "invalid"]);
        pool.Submit(bytes).Outcome.ShouldBe(AcceptTxOutcome.TemporarilyBanned);
    }
}
