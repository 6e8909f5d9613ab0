namespace Finney.Node.Runtime;

/// <summary>
/// One block under construction: the runtime has initialized it and applied its inherents (the timestamp);
/// the engine offers transactions one at a time, then <see cref="Finish"/>es. Single use.
/// </summary>
public interface IBlockBuilder
{
    /// <summary>Applies one extrinsic (<c>BlockBuilder_apply_extrinsic</c>); a rejected one leaves no trace.</summary>
    ApplyOutcome Apply(byte[] extrinsic);

    /// <summary>Finalizes the block (<c>BlockBuilder_finalize_block</c>): its header, extrinsics and state changes.</summary>
    BuiltBlock Finish();
}
