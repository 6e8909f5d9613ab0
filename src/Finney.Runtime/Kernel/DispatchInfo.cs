using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel;

/// <summary>
/// What a call declares before it runs: its weight, class and whether it pays a fee. Encoded as
/// <c>frame_system::DispatchEventInfo</c> inside <c>ExtrinsicSuccess</c>/<c>ExtrinsicFailed</c>.
/// </summary>
public readonly record struct DispatchInfo(Weight Weight, DispatchClass Class, Pays PaysFee)
{
    /// <summary>A normal, fee-paying dispatch of <paramref name="weight"/>.</summary>
    public static DispatchInfo Normal(Weight weight) => new(weight, DispatchClass.Normal, Pays.Yes);

    /// <summary>The SCALE codec: weight, class byte, pays byte.</summary>
    public static IScaleCodec<DispatchInfo> Codec { get; } = ScaleCodec.Map(
        ScaleCodec.Tuple(Weight.Codec, ScaleCodec.FieldlessEnum<DispatchClass>(), ScaleCodec.FieldlessEnum<Pays>()),
        t => new DispatchInfo(t.Item1, t.Item2, t.Item3),
        i => (i.Weight, i.Class, i.PaysFee),
        "DispatchEventInfo");
}

/// <summary>
/// What a call reports after it ran (<c>PostDispatchInfo</c>): the weight it really used, when less than
/// declared, and a fee waiver. Defaults mean "as declared".
/// </summary>
public readonly record struct PostDispatchInfo(Weight? ActualWeight, Pays PaysFee = Pays.Yes)
{
    /// <summary>The weight to account: the actual weight capped at the declared one (FRAME's <c>calc_actual_weight</c>).</summary>
    public Weight ActualOf(DispatchInfo info) => ActualWeight is { } actual ? actual.Min(info.Weight) : info.Weight;

    /// <summary>Whether the fee is charged, given the declared <see cref="DispatchInfo.PaysFee"/>: it pays only if both say yes.</summary>
    public Pays PaysOf(DispatchInfo info) => info.PaysFee == Pays.No || PaysFee == Pays.No ? Pays.No : Pays.Yes;
}
