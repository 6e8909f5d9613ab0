using Finney.Runtime.Kernel;

namespace Finney.Runtime.System;

/// <summary>Make some on-chain remark.</summary>
/// <remarks>Can be executed by every <c>origin</c>.</remarks>
/// <param name="Data">The remark; not stored.</param>
public sealed record Remark(byte[] Data) : SystemCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(1_961_000 + (386 * (ulong)Data.Length), 0));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) => DispatchResult.Ok;
}
