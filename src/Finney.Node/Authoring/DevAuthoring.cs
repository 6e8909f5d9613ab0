using System.Diagnostics;
using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Primitives.Keys;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Authoring;

/// <summary>
/// The dev chain's consensus engine: one authority that builds a block every block time from the pool's
/// ready transactions (the runtime applies the inherents and writes Aura's slot), seals the header by the
/// authority as subtensor's nodes do, imports it and finalizes it at once.
/// </summary>
public sealed class DevAuthoring : IDisposable
{
    private readonly Blockchain _chain;
    private readonly TransactionPool _pool;
    private readonly AuthoringOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IKeyPair _authority;
    private readonly Lock _authoring = new();

    /// <summary>An engine authoring on <paramref name="chain"/> from <paramref name="pool"/>.</summary>
    public DevAuthoring(Blockchain chain, TransactionPool pool, AuthoringOptions options, TimeProvider time, ILogger logger)
    {
        _chain = chain;
        _pool = pool;
        _options = options;
        _time = time;
        _logger = logger;
        _authority = KeyPairs.FromUri(options.AuthorityUri, KeyScheme.Sr25519);
    }

    /// <summary>Authors a block every block time until <paramref name="stopping"/> fires.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_options.BlockTime, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                TryAuthorBlock();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Authors one block, logging instead of throwing when the runtime fails (the next slot tries again).</summary>
    public Block? TryAuthorBlock()
    {
        try
        {
            return AuthorBlock();
        }
#pragma warning disable CA1031 // a failed slot is logged and skipped; the node keeps running
        catch (Exception e)
#pragma warning restore CA1031
        {
            AuthoringLog.Failed(_logger, e);
            return null;
        }
    }

    /// <summary>Builds, seals, imports and finalizes one block on top of the best block.</summary>
    public Block AuthorBlock()
    {
        lock (_authoring)
        {
            var started = Stopwatch.GetTimestamp();
            var parent = _chain.AtBest;
            var now = (ulong)_time.GetUtcNow().ToUnixTimeMilliseconds();
            var builder = _chain.Runtime.BeginBlock(parent, now);
            ApplyPoolTransactions(builder, Stopwatch.GetTimestamp());
            var built = builder.Finish();
            var prepared = _chain.Store.Prepare(parent.Hash, built.Changes);
            var header = built.Header with { StateRoot = prepared.Root };
            var preSealHash = header.Hash();
            var sealedHeader = header.WithDigestItem(DigestItem.Seal(DigestItem.AuraEngine, _authority.Sign(preSealHash.ToArray())));
            var hash = sealedHeader.Hash();
            var block = new Block(sealedHeader, built.Extrinsics);
            var elapsed = Stopwatch.GetElapsedTime(started);
            AuthoringLog.Prepared(_logger, block.Header.Number, elapsed.TotalMilliseconds, hash.Short, parent.Hash.Short, block.Extrinsics.Count);
            var delay = _options.EffectiveFinalityDelay;
            _chain.Import(block, hash, prepared, finalize: delay <= TimeSpan.Zero);
            AuthoringLog.Imported(_logger, block.Header.Number, hash.Short);
            _pool.OnBlockImported(block, hash, finalized: delay <= TimeSpan.Zero);
            if (delay > TimeSpan.Zero)
            {
                _ = FinalizeLaterAsync(hash, delay);
            }

            return block;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _authority.Dispose();

    private async Task FinalizeLaterAsync(Hash256 hash, TimeSpan delay)
    {
        await Task.Delay(delay, _time).ConfigureAwait(false);
        lock (_authoring)
        {
            if (_chain.Finalize(hash))
            {
                _pool.OnBlockFinalized(hash);
            }
        }
    }

    private void ApplyPoolTransactions(IBlockBuilder builder, long started)
    {
        var budget = _options.BlockTime * _options.ProposalShare;
        var ready = _pool.Ready();
        while (Stopwatch.GetElapsedTime(started) < budget && ready.TryNext(out var transaction))
        {
            var outcome = builder.Apply(transaction.Bytes);
            if (outcome.Included)
            {
                continue;
            }

            ready.SkipSender();
            if (outcome.Rejection is { IsBlockFull: true })
            {
                break;
            }

            if (outcome.Rejection is { IsUnknown: false } rejection && rejection.Variant != (byte)InvalidTransactionKind.Future)
            {
                _pool.RemoveInvalid(transaction.Hash);
            }
        }
    }
}
