using Finney.Node.Blocks;
using Finney.Node.Runtime;
using Finney.Storage;

namespace Finney.Benchmarks.Node;

/// <summary>A runtime stand-in for benchmarks that only read storage: every call fails.</summary>
internal sealed class StorageOnlyRuntime : IRuntimeApi
{
    public RuntimeVersion Version(IStateReader state) => throw new RuntimeCallException("storage-only benchmark runtime");

    public byte[] Metadata(IStateReader state) => throw new RuntimeCallException("storage-only benchmark runtime");

    public byte[] Call(IStateReader state, string method, ReadOnlySpan<byte> arguments) => throw RuntimeCallException.NotFound(method);

    public TransactionValidity Validate(IStateReader state, Hash256 blockHash, ReadOnlySpan<byte> extrinsic) =>
        TransactionValidity.Fail(TransactionValidityError.Invalid(InvalidTransactionKind.Call));

    public IBlockBuilder BeginBlock(IStateReader parentState, uint parentNumber, Hash256 parentHash, ulong wallClockMilliseconds) =>
        throw new RuntimeCallException("storage-only benchmark runtime");
}
