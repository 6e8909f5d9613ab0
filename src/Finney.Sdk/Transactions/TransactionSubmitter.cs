using System.Buffers.Binary;
using System.Text.Json;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;
using Finney.Primitives.Units;
using Finney.Rpc;
using Finney.Rpc.Dto;
using Finney.Runtime;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;
using Finney.Sdk.Chain;
using Finney.Sdk.Rpc;
using Finney.Sdk.Wallets;

namespace Finney.Sdk.Transactions;

/// <summary>
/// Builds, signs and submits extrinsics: the signed extensions in the runtime's order (era, nonce, tip, metadata-hash
/// mode off), mortal by default, nonces from a shared <see cref="NonceTracker"/>; waits for the pool, a block or
/// finality and reports the outcome with the call's events and, on failure, the error in words.
/// </summary>
public sealed class TransactionSubmitter(ChainClient chain)
{
    /// <summary>The nonces handed out by this submitter.</summary>
    public NonceTracker Nonces { get; } = new();

    /// <summary>Signs <paramref name="call"/> with <paramref name="signer"/> at the next nonce.</summary>
    /// <exception cref="InvalidOperationException">The key has no secret (a coldkeypub).</exception>
    public async Task<SignedTransaction> SignAsync(RuntimeCall call, WalletKey signer, TransactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        options ??= new TransactionOptions();
        if (!signer.HasSecret)
        {
            throw new InvalidOperationException($"{signer.Ss58Address} has only its public key here; it cannot sign.");
        }

        var context = await ContextAsync(options).ConfigureAwait(false);
        var nonce = await Nonces.NextAsync(signer.AccountId, chain.NextNonceAsync).ConfigureAwait(false);
        var extra = new SignedExtra(context.Era, nonce, options.Tip);
        var callBytes = RuntimeTypes.Call.Encode(call);
        using var extraWriter = new ScaleWriter();
        extra.Encode(extraWriter);
        var payload = SigningPayload.Build(callBytes, extraWriter.WrittenSpan, context.Implicit);
        var signature = new MultiSignature(SignatureScheme.Sr25519, signer.Sign(payload));
        var encoded = UncheckedExtrinsic.EncodeSigned(MultiAddress.Id(signer.AccountId), signature, extra, call);
        var mortality = context.Era.IsImmortal ? ((ulong, ulong)?)null : (context.Era.Birth(context.Best), context.Era.Death(context.Best));
        return new SignedTransaction(encoded, signer.AccountId, nonce, mortality);
    }

    /// <summary>
    /// The fee the node would charge for <paramref name="call"/> sent by <paramref name="signer"/>
    /// (<c>TransactionPaymentApi_query_info</c> over the extrinsic with a placeholder signature, so no password is needed).
    /// </summary>
    public async Task<TaoBalance> EstimateFeeAsync(RuntimeCall call, AccountId32 signer, TransactionOptions? options = null)
    {
        options ??= new TransactionOptions();
        var context = await ContextAsync(options).ConfigureAwait(false);
        var nonce = await chain.NextNonceAsync(signer).ConfigureAwait(false);
        var encoded = UncheckedExtrinsic.EncodeSigned(
            MultiAddress.Id(signer), new MultiSignature(SignatureScheme.Sr25519, new byte[64]), new SignedExtra(context.Era, nonce, options.Tip), call);
        var arguments = new byte[encoded.Length + 4];
        encoded.CopyTo(arguments, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(arguments.AsSpan(encoded.Length), (uint)encoded.Length);
        var output = await chain.RuntimeCallAsync("TransactionPaymentApi_query_info", arguments).ConfigureAwait(false);
        // RuntimeDispatchInfo: weight (two compacts), class (u8), partial fee (u64, the last 8 bytes).
        return new TaoBalance(BinaryPrimitives.ReadUInt64LittleEndian(output.AsSpan(output.Length - 8)));
    }

    /// <summary>Signs and submits <paramref name="call"/>, waiting for <see cref="TransactionOptions.WaitFor"/>.</summary>
    public async Task<TransactionResult> SendAsync(RuntimeCall call, WalletKey signer, TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TransactionOptions();
        var transaction = await SignAsync(call, signer, options).ConfigureAwait(false);
        return await SubmitAsync(transaction, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Submits a signed transaction and watches it until <see cref="TransactionOptions.WaitFor"/> or a final state.</summary>
    public async Task<TransactionResult> SubmitAsync(SignedTransaction transaction, TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        options ??= new TransactionOptions();
        RpcSubscription watch;
        try
        {
            watch = await chain.Connection.SubscribeAsync(
                RpcMethods.AuthorSubmitAndWatchExtrinsic, RpcMethods.AuthorUnwatchExtrinsic, resumable: false, transaction.Hex0x).ConfigureAwait(false);
        }
        catch (RpcException exception)
        {
            Nonces.Reset(transaction.Signer);
            return Ended(transaction, TransactionStatus.Rejected, exception.ErrorData is { Length: > 0 } data ? $"{exception.RpcMessage}: {data}" : exception.RpcMessage);
        }

        await using (watch.ConfigureAwait(false))
        {
            return await WatchAsync(transaction, watch, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TransactionResult> WatchAsync(SignedTransaction transaction, RpcSubscription watch, TransactionOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        string? inBlock = null;
        try
        {
            while (true)
            {
                var status = (await watch.NextAsync(timeout.Token).ConfigureAwait(false)).Deserialize(RpcJsonContext.Default.ExtrinsicStatusDto)!;
                switch (status.Kind)
                {
                    case ExtrinsicStatusDto.Ready or ExtrinsicStatusDto.Future when options.WaitFor == WaitFor.Pool:
                        return Ended(transaction, TransactionStatus.InPool, null);
                    case ExtrinsicStatusDto.InBlock:
                        inBlock = status.Hash;
                        if (options.WaitFor != WaitFor.Finalized)
                        {
                            return await IncludedAsync(transaction, TransactionStatus.InBlock, status.Hash!).ConfigureAwait(false);
                        }

                        break;
                    case ExtrinsicStatusDto.Retracted:
                        inBlock = null;
                        break;
                    case ExtrinsicStatusDto.Finalized:
                        return await IncludedAsync(transaction, TransactionStatus.Finalized, status.Hash!).ConfigureAwait(false);
                    case ExtrinsicStatusDto.Dropped:
                        Nonces.Reset(transaction.Signer);
                        return Ended(transaction, TransactionStatus.Dropped, "The node's pool dropped the transaction (replaced, or the pool was full).");
                    case ExtrinsicStatusDto.Invalid:
                        Nonces.Reset(transaction.Signer);
                        return Ended(transaction, TransactionStatus.Invalid, "The transaction became invalid in the pool (its era expired or its nonce was used).");
                    case ExtrinsicStatusDto.Usurped:
                        return Ended(transaction, TransactionStatus.Usurped, $"Another transaction with nonce {transaction.Nonce} was included instead.");
                    case ExtrinsicStatusDto.FinalityTimeout:
                        return Ended(transaction, TransactionStatus.FinalityTimeout, "The block holding the transaction was not finalized in time.");
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Ended(transaction, TransactionStatus.TimedOut, inBlock is null
                ? $"Not included within {options.Timeout.TotalSeconds:0} s; it may still be."
                : $"In block {inBlock} but not finalized within {options.Timeout.TotalSeconds:0} s.");
        }
        catch (RpcConnectionException exception)
        {
            return Ended(transaction, TransactionStatus.TimedOut, $"{exception.Message} The transaction may still be included; check the account before resending.");
        }
    }

    private async Task<TransactionResult> IncludedAsync(SignedTransaction transaction, TransactionStatus status, string blockHash)
    {
        var block = await chain.BlockAsync(blockHash).ConfigureAwait(false);
        var hex = transaction.Hex0x;
        var index = block.Block.Extrinsics.ToList().FindIndex(x => string.Equals(x, hex, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return new TransactionResult(status, transaction.Hash, blockHash, null, null, "The block does not contain the transaction.", []);
        }

        var events = (await chain.EventsAsync(blockHash).ConfigureAwait(false))
            .Where(e => e.Phase.Kind == PhaseKind.ApplyExtrinsic && e.Phase.ExtrinsicIndex == (uint)index)
            .Select(e => e.Event)
            .ToList();
        var failure = events.OfType<ExtrinsicFailed>().Select(f => (DispatchError?)f.DispatchError).FirstOrDefault();
        return new TransactionResult(status, transaction.Hash, blockHash, (uint)index, failure, failure is { } error ? DispatchErrors.Describe(error) : null, events);
    }

    private static TransactionResult Ended(SignedTransaction transaction, TransactionStatus status, string? error) =>
        new(status, transaction.Hash, null, null, null, error, []);

    private async Task<SigningContext> ContextAsync(TransactionOptions options)
    {
        // Three independent reads, pipelined on the one connection.
        var versionTask = chain.RuntimeVersionAsync();
        var genesisTask = chain.GenesisHashAsync();
        var headerTask = chain.HeaderAsync();
        var version = await versionTask.ConfigureAwait(false);
        var genesis = await genesisTask.ConfigureAwait(false);
        var best = ChainClient.NumberOf(await headerTask.ConfigureAwait(false));
        if (options.Period == 0)
        {
            return new SigningContext(Era.Immortal, best, new SignedImplicit(version.SpecVersion, version.TransactionVersion, genesis, genesis));
        }

        var era = Era.Mortal(options.Period, best);
        var birthHash = await chain.BlockHashAsync(era.Birth(best)).ConfigureAwait(false) ?? throw new RpcException($"No hash for block {era.Birth(best)}.");
        return new SigningContext(era, best, new SignedImplicit(version.SpecVersion, version.TransactionVersion, genesis, Hex.Decode(birthHash)));
    }

    private sealed record SigningContext(Era Era, ulong Best, SignedImplicit Implicit);
}
