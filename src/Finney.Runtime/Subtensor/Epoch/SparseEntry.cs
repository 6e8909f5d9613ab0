namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>One stored entry of a weights or bonds row: the destination uid and its u16 value.</summary>
/// <param name="Uid">Destination uid (column).</param>
/// <param name="Value">Stored value: a max-upscaled weight or a column max-upscaled bond.</param>
public readonly record struct SparseEntry(ushort Uid, ushort Value);
