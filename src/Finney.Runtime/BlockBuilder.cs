using Finney.Primitives.Scale;
using Finney.Runtime.Blocks;
using Finney.Runtime.Executive;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Storage;

namespace Finney.Runtime;

/// <summary>The outcome of offering one extrinsic to a block: malformed bytes, or the runtime's apply result.</summary>
public sealed record ApplyOutcome(ApplyExtrinsicResult Result, string? MalformedReason, UncheckedExtrinsic? Extrinsic)
{
    /// <summary>True when the extrinsic went into the block (its call may still have failed).</summary>
    public bool IsIncluded => MalformedReason is null && Result.IsIncluded;
}

/// <summary>A finished block: header (state root zero, for the node to fill), extrinsics, state changes and events.</summary>
public sealed record BuiltBlock(Header Header, IReadOnlyList<byte[]> Extrinsics, IReadOnlyList<StateChange> Changes, IReadOnlyList<EventRecord> Events);

/// <summary>
/// A block under construction (from <see cref="FinneyRuntime.BuildBlock"/>): offer extrinsics one at a time,
/// then <see cref="Finish"/>. Not thread-safe; use once.
/// </summary>
public sealed class BlockBuilder
{
    private readonly BlockExecution _block;
    private bool _finished;

    internal BlockBuilder(BlockExecution block) => _block = block;

    /// <summary>The number of the block being built.</summary>
    public uint Number => _block.Number;

    /// <summary>The extrinsics included so far.</summary>
    public IReadOnlyList<byte[]> Extrinsics => _block.Extrinsics;

    /// <summary>The events so far.</summary>
    public IReadOnlyList<EventRecord> Events => _block.Ext.Events;

    /// <summary>The state as it stands, for queries during building.</summary>
    public IStateReader State => _block.Ext.State;

    /// <summary>Applies one extrinsic (full encoding): included (dispatched, maybe failed), invalid (left out) or malformed.</summary>
    public ApplyOutcome Apply(byte[] extrinsic)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        UncheckedExtrinsic xt;
        try
        {
            xt = UncheckedExtrinsic.Decode(extrinsic);
        }
        catch (ScaleFormatException e)
        {
            return new ApplyOutcome(default, e.Message, null);
        }

        return new ApplyOutcome(BlockExecutive.ApplyExtrinsic(_block, xt), null, xt);
    }

    /// <summary>Finalizes the block.</summary>
    /// <exception cref="InvalidBlockException">A pallet's finalization found the block invalid (no timestamp).</exception>
    public BuiltBlock Finish()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        var header = BlockExecutive.FinalizeBlock(_block);
        return new BuiltBlock(header, [.. _block.Extrinsics], [.. _block.Ext.State.Changes], [.. _block.Ext.Events]);
    }
}
