using Finney.Runtime.Kernel;

namespace Finney.Sdk.Transactions;

/// <summary>What happened to a submitted transaction.</summary>
/// <param name="Status">Where it ended up.</param>
/// <param name="TransactionHash">BLAKE2b-256 of the extrinsic, 0x hex.</param>
/// <param name="BlockHash">The block that includes it, when <see cref="Status"/> is InBlock or Finalized.</param>
/// <param name="ExtrinsicIndex">Its index in that block.</param>
/// <param name="DispatchError">Why the call failed inside the block (it was included and paid its fee, but did nothing).</param>
/// <param name="Error">A sentence for the user when it did not succeed, else null.</param>
/// <param name="Events">The events it emitted, when included.</param>
public sealed record TransactionResult(
    TransactionStatus Status,
    string TransactionHash,
    string? BlockHash,
    uint? ExtrinsicIndex,
    DispatchError? DispatchError,
    string? Error,
    IReadOnlyList<RuntimeEvent> Events)
{
    /// <summary>True when the transaction is in a block and its call succeeded (or it was only asked to reach the pool).</summary>
    public bool Succeeded => Status is TransactionStatus.InPool || (Status is TransactionStatus.InBlock or TransactionStatus.Finalized && DispatchError is null);
}
