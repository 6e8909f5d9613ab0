using Finney.Node.Runtime;

namespace Finney.Benchmarks.Node;

/// <summary>A runtime stand-in for benchmarks that only read storage: every call fails.</summary>
internal sealed class StorageOnlyRuntime : IRuntimeApi
{
    public RuntimeVersion Version(BlockState at) => throw new RuntimeCallException("storage-only benchmark runtime");

    public byte[] Metadata(BlockState at) => throw new RuntimeCallException("storage-only benchmark runtime");

    public byte[] Call(BlockState at, string method, ReadOnlySpan<byte> arguments) => throw RuntimeCallException.NotFound(method);

    public TransactionValidity Validate(BlockState at, byte[] extrinsic) =>
        TransactionValidity.Fail(TransactionValidityError.Invalid(InvalidTransactionKind.Call));

    public IBlockBuilder BeginBlock(BlockState parent, ulong wallClockMilliseconds) =>
        throw new RuntimeCallException("storage-only benchmark runtime");
}
