using System.Buffers.Binary;
using System.Text;
using Finney.Node.Authoring;
using Finney.Node.Blocks;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Primitives.Accounts;
using Finney.Storage;

namespace Finney.Node.Tests.Fakes;

/// <summary>
/// A runtime small enough to reason about: signed extrinsics only bump their sender's nonce (stored under
/// "nonce" ++ account) and count; call byte 0xFF means a bad signature; the inherent stores the timestamp.
/// </summary>
internal sealed class FakeRuntime : IRuntimeApi
{
    public const byte BadSignatureMarker = 0xFF;

    public static readonly byte[] TimestampKey = Encoding.ASCII.GetBytes("timestamp");

    public static readonly byte[] CountKey = Encoding.ASCII.GetBytes("count");

    public uint SpecVersion { get; set; } = 1;

    public static byte[] NonceKey(AccountId32 account) => [.. "nonce"u8, .. account.Bytes];

    public static uint NonceOf(IStateReader state, AccountId32 account) =>
        state.Get(NonceKey(account)) is { } bytes ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : 0;

    public RuntimeVersion Version(BlockState at) =>
        new("node-subtensor", "node-subtensor", 1, SpecVersion, 1, [(Convert.FromHexString("df6acb689907609b"), 5u)], 1, 1);

    public byte[] Metadata(BlockState at) => [.. "meta"u8, 14, 0];

    public byte[] Call(BlockState at, string method, ReadOnlySpan<byte> arguments) => method switch
    {
        "Core_version" => Version(at).Encode(),
        "AccountNonceApi_account_nonce" => U32(NonceOf(at.State, new AccountId32(arguments))),
        _ => throw RuntimeCallException.NotFound(method),
    };

    public TransactionValidity Validate(BlockState at, byte[] extrinsic)
    {
        var state = at.State;
        var bytes = extrinsic;
        if (!SignedExtrinsicEnvelope.TryRead(bytes, out var envelope, out _) || !envelope.IsSigned)
        {
            return TransactionValidity.Fail(TransactionValidityError.Invalid(InvalidTransactionKind.Call));
        }

        if (bytes[^1] == BadSignatureMarker)
        {
            return TransactionValidity.Fail(TransactionValidityError.BadProof);
        }

        var nonce = NonceOf(state, envelope.Sender);
        return envelope.Nonce < nonce
            ? TransactionValidity.Fail(TransactionValidityError.Stale)
            : TransactionValidity.Ok(new ValidTransaction(100, [], [], 64, true));
    }

    public IBlockBuilder BeginBlock(BlockState parent, ulong wallClockMilliseconds)
    {
        var (parentNumber, parentHash, parentState) = parent;
        // Slots of 100 ms, always increasing; the timestamp inherent goes first.
        var parentTimestamp = parentState.Get(TimestampKey) is { } t ? BinaryPrimitives.ReadUInt64LittleEndian(t) : 0;
        var timestamp = Math.Max(wallClockMilliseconds, parentTimestamp + 100);
        var header = new BlockHeader(parentHash, parentNumber + 1, Hash256.Zero, Hash256.Zero, [AuraDigests.Slot(timestamp / 100)]);
        var builder = new Builder(new StateOverlay(parentState), header);
        var body = new byte[11];
        body[0] = 0x04;
        body[1] = 0x02;
        BinaryPrimitives.WriteUInt64LittleEndian(body.AsSpan(3), timestamp);
        builder.Apply([(byte)(body.Length << 2), .. body]);
        return builder;
    }

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private sealed class Builder(StateOverlay overlay, BlockHeader header) : IBlockBuilder
    {
        private readonly List<byte[]> _extrinsics = [];

        public ApplyOutcome Apply(byte[] extrinsic)
        {
            var outcome = ApplyOne(extrinsic);
            if (outcome.Included)
            {
                _extrinsics.Add(extrinsic);
            }

            return outcome;
        }

        public BuiltBlock Finish() => new(header with { ExtrinsicsRoot = Finney.Node.Chain.StateRoots.OfExtrinsics(_extrinsics) }, _extrinsics, [.. overlay.Changes]);

        private ApplyOutcome ApplyOne(byte[] extrinsic)
        {
            SignedExtrinsicEnvelope.TryRead(extrinsic, out var envelope, out _);
            if (!envelope.IsSigned)
            {
                overlay.Set(TimestampKey, extrinsic[^8..]);
                return ApplyOutcome.Applied;
            }

            if (extrinsic[^1] == BadSignatureMarker)
            {
                return ApplyOutcome.Rejected(TransactionValidityError.BadProof);
            }

            var nonce = NonceOf(overlay, envelope.Sender);
            if (envelope.Nonce != nonce)
            {
                return ApplyOutcome.Rejected(envelope.Nonce < nonce ? TransactionValidityError.Stale : TransactionValidityError.Future);
            }

            overlay.Set(NonceKey(envelope.Sender), U32(nonce + 1));
            var count = overlay.Get(CountKey) is { } c ? BinaryPrimitives.ReadUInt32LittleEndian(c) : 0;
            overlay.Set(CountKey, U32(count + 1));
            return ApplyOutcome.Applied;
        }
    }
}
