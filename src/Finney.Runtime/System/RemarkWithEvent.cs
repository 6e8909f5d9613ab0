using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.System;

/// <summary>Make some on-chain remark and emit event.</summary>
/// <param name="Data">The remark; the event carries its BLAKE2b-256 hash.</param>
public sealed record RemarkWithEvent(byte[] Data) : SystemCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(9_123_000 + (1_717 * (ulong)Data.Length), 0));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var who, out var error))
        {
            return error;
        }

        ext.DepositEvent(new Remarked(who, Blake2b.Hash256(Data)));
        return DispatchResult.Ok;
    }
}
