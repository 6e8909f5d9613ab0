using Finney.Primitives.Scale;
using Finney.Runtime.Api;
using Finney.Runtime.Aura;
using Finney.Runtime.Blocks;
using Finney.Runtime.Executive;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Genesis;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Timestamp;
using Finney.Storage;

namespace Finney.Runtime;

/// <summary>A block the runtime builds on or validates against: its number and hash.</summary>
public readonly record struct BlockRef(uint Number, byte[] Hash);

/// <summary>
/// The runtime as the node sees it: version and metadata, genesis, block building and import, transaction
/// validation and <c>state_call</c>. Pure and deterministic: state comes in as an <see cref="IStateReader"/>,
/// time as an argument, and results go out as values (changes, headers, events); nothing is written anywhere else.
/// Thread-safe: every call works on its own overlay.
/// </summary>
[global::System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "The node holds the runtime as an object, so runtimes (and test doubles) can be swapped.")]
public sealed class FinneyRuntime
{
    private readonly Lazy<byte[]> _metadataV14;
    private readonly Lazy<byte[]> _metadataV15;

    /// <summary>Creates the runtime.</summary>
    public FinneyRuntime()
    {
        _metadataV14 = new(() => MetadataBuilder.BuildV14(FinneyPallets.All, ExtrinsicDescription));
        _metadataV15 = new(() => MetadataBuilder.BuildV15(FinneyPallets.All, ExtrinsicDescription, RuntimeApis.Metadata));
    }

    /// <summary>One shared instance (metadata is built once).</summary>
    public static FinneyRuntime Instance { get; } = new();

    /// <summary>The runtime version (<c>state_getRuntimeVersion</c>, <c>Core_version</c>).</summary>
    public RuntimeVersion Version => RuntimeVersion.Current;

    /// <summary>Metadata V14, prefixed ("meta" ++ 14 ++ …): what <c>state_getMetadata</c> returns.</summary>
    public byte[] MetadataV14 => _metadataV14.Value;

    /// <summary>Metadata V15, prefixed: what <c>Metadata_metadata_at_version(15)</c> wraps in an option.</summary>
    public byte[] MetadataV15 => _metadataV15.Value;

    /// <summary>The metadata versions offered: 14 and 15.</summary>
    public IReadOnlyList<uint> MetadataVersions { get; } = [14, 15];

    /// <summary>The genesis state and header of <paramref name="spec"/>.</summary>
    public GenesisState BuildGenesis(ChainSpec spec) => GenesisBuilder.Build(spec);

    /// <summary>
    /// Starts a block on top of <paramref name="parent"/> whose state is <paramref name="parentState"/>, at
    /// <paramref name="timestampMs"/>. The digest gets Aura's pre-runtime slot (timestamp / 12 000) unless
    /// <paramref name="preRuntimeDigest"/> is given; the timestamp inherent is applied first.
    /// </summary>
    /// <exception cref="InvalidBlockException">The timestamp is not after the parent's by the minimum period, or its slot does not increase.</exception>
    public BlockBuilder BuildBlock(IStateReader parentState, BlockRef parent, ulong timestampMs, IReadOnlyList<DigestItem>? preRuntimeDigest = null)
    {
        var digest = preRuntimeDigest ?? [DigestItem.AuraPreRuntime(timestampMs / AuraPallet.SlotDuration)];
        var block = BlockExecutive.InitializeBlock(new StateOverlay(parentState), checked(parent.Number + 1), parent.Hash, digest);
        var builder = new BlockBuilder(block);
        var inherent = builder.Apply(TimestampInherent(timestampMs));
        if (!inherent.Result.IsSuccess)
        {
            throw new InvalidBlockException($"the timestamp inherent for {timestampMs} ms failed: {inherent.Result.Invalid?.ToString() ?? inherent.Result.Dispatch.Error?.ToString()}");
        }

        return builder;
    }

    /// <summary>
    /// The timestamp to give the next block: the wall clock, but at least one slot after the parent's, so that
    /// blocks made faster than every 12 s (dev and tests) still have increasing slots.
    /// </summary>
    public ulong NextTimestamp(IStateReader parentState, ulong wallClockMs)
    {
        var parentNow = TimestampPallet.Now.Get(parentState);
        return parentNow == 0 ? wallClockMs : Math.Max(wallClockMs, parentNow + AuraPallet.SlotDuration);
    }

    /// <summary>
    /// Re-executes <paramref name="block"/> over its parent's state and checks it: inherents first, every
    /// extrinsic valid, the extrinsics root and digest as declared. Seals are ignored (the node checks them).
    /// </summary>
    /// <exception cref="InvalidBlockException">The block is invalid.</exception>
    public ImportedBlock ImportBlock(IStateReader parentState, Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var header = block.Header;
        var digest = header.Digest.Where(d => d.Kind != DigestItemKind.Seal).ToList();
        var execution = BlockExecutive.InitializeBlock(new StateOverlay(parentState), header.Number, header.ParentHash, digest);
        var builder = new BlockBuilder(execution);
        var signedSeen = false;
        foreach (var encoded in block.Extrinsics)
        {
            var outcome = builder.Apply(encoded);
            if (outcome.MalformedReason is { } malformed)
            {
                throw new InvalidBlockException($"block #{header.Number} has a malformed extrinsic: {malformed}");
            }

            if (!outcome.Result.IsIncluded)
            {
                throw new InvalidBlockException($"block #{header.Number} has an invalid extrinsic: {outcome.Result.Invalid}");
            }

            var unsigned = outcome.Extrinsic!.Signature is null;
            if (unsigned && signedSeen)
            {
                throw new InvalidBlockException($"block #{header.Number} has an inherent after a signed extrinsic.");
            }

            signedSeen |= !unsigned;
        }

        var built = builder.Finish();
        if (!built.Header.ExtrinsicsRoot.AsSpan().SequenceEqual(header.ExtrinsicsRoot))
        {
            throw new InvalidBlockException($"block #{header.Number}: extrinsics root mismatch.");
        }

        return new ImportedBlock(built.Changes, built.Events);
    }

    /// <summary>
    /// Validates a transaction for the pool against the state of <paramref name="best"/>: as if applied in the
    /// next block. Nothing is written.
    /// </summary>
    public TransactionCheck ValidateTransaction(IStateReader state, BlockRef best, byte[] extrinsic)
    {
        ArgumentNullException.ThrowIfNull(extrinsic);
        UncheckedExtrinsic xt;
        try
        {
            xt = UncheckedExtrinsic.Decode(extrinsic);
        }
        catch (ScaleFormatException e)
        {
            return new TransactionCheck(null, null, e.Message, null);
        }

        var (valid, error) = BlockExecutive.ValidateTransaction(state, best.Number, best.Hash, xt);
        return new TransactionCheck(valid, error, null, xt.Hash());
    }

    /// <summary>
    /// Runs a runtime API (<c>state_call</c>): <paramref name="method"/> is <c>Trait_method</c>, the input its SCALE
    /// arguments. Unknown methods and undecodable input come back as errors, never as exceptions.
    /// </summary>
    public StateCallResult Call(IStateReader state, BlockRef at, string method, ReadOnlySpan<byte> input) =>
        RuntimeApis.Call(new RuntimeApiContext(this, state, at), method, input);

    /// <summary>The encoded timestamp inherent <c>Timestamp.set(now)</c>.</summary>
    public static byte[] TimestampInherent(ulong nowMs) => UncheckedExtrinsic.EncodeUnsigned(new SetTimestamp(nowMs));

    private static ExtrinsicMetadata ExtrinsicDescription => new(
        SignedExtensions.UncheckedExtrinsicType,
        MultiAddress.Type.Meta,
        RuntimeTypes.Call.Meta,
        MultiSignature.Type.Meta,
        SignedExtensions.ExtraTuple,
        SignedExtensions.All.Select(e => (e.Identifier, e.Type, e.Implicit)).ToList(),
        RuntimeTypes.Event.Meta,
        RuntimeTypes.Error,
        RuntimeTypes.Runtime);
}

/// <summary>A block built or imported: the state changes to commit over the parent state, and its events.</summary>
public sealed record ImportedBlock(IReadOnlyList<StateChange> Changes, IReadOnlyList<EventRecord> Events);

/// <summary>The result of validating a transaction: valid (with pool info), invalid/unknown, or malformed bytes.</summary>
/// <param name="Valid">The pool information when valid.</param>
/// <param name="Error">Why it is invalid or of unknown validity (RPC 1010 / 1011).</param>
/// <param name="MalformedReason">Why the bytes are not an extrinsic (RPC 1001 "Extrinsic has invalid format").</param>
/// <param name="Hash">The transaction hash, when the bytes decode.</param>
public sealed record TransactionCheck(ValidTransaction? Valid, TransactionValidityError? Error, string? MalformedReason, byte[]? Hash)
{
    /// <summary>True when the pool may accept it.</summary>
    public bool IsValid => Valid is not null;
}

/// <summary>The result of a runtime API call: SCALE output, or an error message.</summary>
public sealed record StateCallResult(byte[]? Output, string? Error)
{
    /// <summary>True on success.</summary>
    public bool IsOk => Output is not null;
}
