using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;

namespace Finney.Runtime.Executive.Extensions;

/// <summary>
/// CheckWeight: one extrinsic may not exceed its class's per-extrinsic limit, and a block may not exceed its
/// per-class weight (75 % for normal) or length (7.5 MiB normal, 10 MiB otherwise); either is <c>ExhaustsResources</c>.
/// </summary>
public static class CheckWeight
{
    /// <summary>The extrinsic alone fits its class's limits.</summary>
    public static TransactionValidityError? Validate(DispatchInfo info, uint length)
    {
        if (MaxExtrinsic(info.Class) is { } max && ExtrinsicWeight(info).AnyGreaterThan(max))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources);
        }

        return length > MaxLength(info.Class) ? TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources) : null;
    }

    /// <summary>Adds the extrinsic to the block's weight and length if they still fit.</summary>
    public static TransactionValidityError? Prepare(Externalities ext, DispatchInfo info, uint length)
    {
        if (Validate(info, length) is { } invalid)
        {
            return invalid;
        }

        var allLength = Saturating.Add(SystemStorage.AllExtrinsicsLen.Get(ext.State), length);
        if (allLength > MaxLength(info.Class))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources);
        }

        var all = SystemStorage.BlockWeight.Get(ext.State);
        var perClass = all.Get(info.Class).SaturatingAdd(ExtrinsicWeight(info));
        var updated = all.With(info.Class, perClass);
        if (info.Class != DispatchClass.Mandatory)
        {
            var maxTotal = info.Class == DispatchClass.Normal ? RuntimeConstants.NormalMaxTotal : RuntimeConstants.MaximumBlockWeight;
            var total = updated.Normal.SaturatingAdd(updated.Operational).SaturatingAdd(updated.Mandatory);
            var reserved = RuntimeConstants.MaximumBlockWeight.SaturatingSub(RuntimeConstants.NormalMaxTotal);
            if (perClass.AnyGreaterThan(maxTotal)
                || (total.AnyGreaterThan(RuntimeConstants.MaximumBlockWeight) && (info.Class == DispatchClass.Normal || perClass.AnyGreaterThan(reserved))))
            {
                return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources);
            }
        }

        SystemStorage.BlockWeight.Put(ext.State, updated);
        SystemStorage.AllExtrinsicsLen.Put(ext.State, allLength);
        return null;
    }

    /// <summary>Gives back weight the call declared but did not use.</summary>
    public static void PostDispatch(Externalities ext, DispatchInfo info, PostDispatchInfo post)
    {
        var unspent = info.Weight.SaturatingSub(post.ActualOf(info));
        if (unspent == Weight.Zero)
        {
            return;
        }

        var all = SystemStorage.BlockWeight.Get(ext.State);
        SystemStorage.BlockWeight.Put(ext.State, all.With(info.Class, all.Get(info.Class).SaturatingSub(unspent)));
    }

    /// <summary>Registers weight used outside extrinsics (block initialization) as mandatory.</summary>
    public static void RegisterMandatory(Externalities ext, Weight weight)
    {
        var all = SystemStorage.BlockWeight.Get(ext.State);
        SystemStorage.BlockWeight.Put(ext.State, all with { Mandatory = all.Mandatory.SaturatingAdd(weight) });
    }

    private static Weight ExtrinsicWeight(DispatchInfo info) => RuntimeConstants.BaseExtrinsicWeight.SaturatingAdd(info.Weight);

    private static Weight? MaxExtrinsic(DispatchClass dispatchClass) => dispatchClass switch
    {
        DispatchClass.Normal => RuntimeConstants.NormalMaxTotal.SaturatingSub(RuntimeConstants.AverageInitializationWeight).SaturatingSub(RuntimeConstants.BaseExtrinsicWeight),
        DispatchClass.Operational => RuntimeConstants.MaximumBlockWeight.SaturatingSub(RuntimeConstants.AverageInitializationWeight).SaturatingSub(RuntimeConstants.BaseExtrinsicWeight),
        _ => null,
    };

    private static uint MaxLength(DispatchClass dispatchClass) =>
        dispatchClass == DispatchClass.Normal ? RuntimeConstants.NormalBlockLength : RuntimeConstants.MaximumBlockLength;
}
