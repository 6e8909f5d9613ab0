namespace Finney.Node.Runtime;

/// <summary>
/// The result of applying one extrinsic while building a block: included (its dispatch succeeded or failed
/// with events either way), or rejected with a validity error and not part of the block.
/// </summary>
public readonly record struct ApplyOutcome(bool Included, TransactionValidityError? Rejection)
{
    /// <summary>The extrinsic is in the block.</summary>
    public static ApplyOutcome Applied => new(true, null);

    /// <summary>The extrinsic was refused.</summary>
    public static ApplyOutcome Rejected(TransactionValidityError error) => new(false, error);
}
