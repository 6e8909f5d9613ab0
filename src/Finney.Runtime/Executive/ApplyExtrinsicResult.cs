using Finney.Primitives.Scale;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Executive;

/// <summary>
/// The outcome of applying one extrinsic to a block (<c>ApplyExtrinsicResult</c>): either it was included and
/// dispatched (successfully or not: <see cref="Dispatch"/>), or it is invalid here and must be left out
/// (<see cref="Invalid"/>).
/// </summary>
public readonly record struct ApplyExtrinsicResult(TransactionValidityError? Invalid, DispatchResult Dispatch)
{
    /// <summary>
    /// The SCALE codec of <c>Result&lt;Result&lt;(), DispatchError&gt;, TransactionValidityError&gt;</c>, what
    /// <c>BlockBuilder_apply_extrinsic</c> returns.
    /// </summary>
    public static IScaleCodec<ApplyExtrinsicResult> Codec { get; } = ScaleCodec.Map(
        ScaleCodec.Result(DispatchResult.ResultCodec, TransactionValidityError.Codec),
        r => r.IsOk ? new ApplyExtrinsicResult(null, r.OkValue) : new ApplyExtrinsicResult(r.ErrValue, default),
        a => a.Invalid is { } e ? Result<DispatchResult, TransactionValidityError>.Err(e) : Result<DispatchResult, TransactionValidityError>.Ok(a.Dispatch),
        "ApplyExtrinsicResult");

    /// <summary>True when the extrinsic went into the block.</summary>
    public bool IsIncluded => Invalid is null;

    /// <summary>Included and dispatched successfully.</summary>
    public bool IsSuccess => Invalid is null && Dispatch.IsOk;

    /// <summary>An extrinsic left out of the block.</summary>
    public static ApplyExtrinsicResult Rejected(TransactionValidityError error) => new(error, default);
}
