namespace Finney.Node.Runtime;

/// <summary>
/// One block under construction (<c>Core_initialize_block</c> done): inherents first, then transactions
/// one at a time, then <see cref="Finish"/>. Single use.
/// </summary>
public interface IBlockBuilder
{
    /// <summary>The inherent extrinsics for this block (the Timestamp inherent), to apply first.</summary>
    IReadOnlyList<byte[]> CreateInherents(ulong timestampMilliseconds);

    /// <summary>Applies one extrinsic (<c>BlockBuilder_apply_extrinsic</c>); a rejected one leaves no trace.</summary>
    ApplyOutcome Apply(byte[] extrinsic);

    /// <summary>Finalizes the block (<c>BlockBuilder_finalize_block</c>): the digest the runtime wants and the net state changes.</summary>
    BuiltBlock Finish();
}
