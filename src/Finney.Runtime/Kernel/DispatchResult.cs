using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel;

/// <summary>
/// The outcome of a dispatch with its post-dispatch information (FRAME's <c>DispatchResultWithPostInfo</c>):
/// success, or a <see cref="DispatchError"/>; either way the weight actually used and any fee waiver.
/// </summary>
public readonly record struct DispatchResult(DispatchError? Error, PostDispatchInfo PostInfo)
{
    /// <summary>Success, weight as declared.</summary>
    public static DispatchResult Ok => default;

    /// <summary>The SCALE codec of <c>Result&lt;(), DispatchError&gt;</c> (as in <c>Sudid</c> events); post info is not encoded.</summary>
    public static IScaleCodec<DispatchResult> ResultCodec { get; } = ScaleCodec.Map(
        ScaleCodec.Result(ScaleCodec.Unit, DispatchError.Codec),
        r => r.IsOk ? Ok : new DispatchResult(r.ErrValue, default),
        d => d.Error is { } e ? Result<ValueTuple, DispatchError>.Err(e) : Result<ValueTuple, DispatchError>.Ok(default),
        "DispatchResult");

    /// <summary>True on success.</summary>
    public bool IsOk => Error is null;

    /// <summary>A failure with weight as declared.</summary>
    public static DispatchResult Fail(DispatchError error) => new(error, default);

    /// <summary>Success having used <paramref name="actual"/>.</summary>
    public static DispatchResult OkWithWeight(Weight actual) => new(null, new PostDispatchInfo(actual));

    /// <summary>Lets a call return a bare error.</summary>
    public static implicit operator DispatchResult(DispatchError error) => Fail(error);

    /// <summary>This outcome with the actual weight replaced.</summary>
    public DispatchResult WithActualWeight(Weight actual) => this with { PostInfo = PostInfo with { ActualWeight = actual } };
}
