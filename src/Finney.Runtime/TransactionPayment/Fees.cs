using Finney.Runtime.Kernel;

namespace Finney.Runtime.TransactionPayment;

/// <summary>The parts of a fee (<c>pallet_transaction_payment::FeeDetails</c>): the inclusion fee, when charged, and the tip.</summary>
public readonly record struct FeeDetails(InclusionFee? InclusionFee, ulong Tip)
{
    /// <summary>What is charged: inclusion fee plus tip.</summary>
    public ulong Total => Saturating.Add(InclusionFee?.Total ?? 0, Tip);
}

/// <summary>The inclusion fee: base fee (for the base extrinsic weight), length fee and weight fee.</summary>
public readonly record struct InclusionFee(ulong BaseFee, ulong LenFee, ulong AdjustedWeightFee)
{
    /// <summary>The sum of the three.</summary>
    public ulong Total => Saturating.Add(Saturating.Add(BaseFee, LenFee), AdjustedWeightFee);
}

/// <summary>Subtensor's fee formula.</summary>
public static class Fees
{
    /// <summary>
    /// Weight to fee: 0.0005 RAO per ref-time unit (<c>Perbill::from_parts(500_000)</c> times the weight, rounded to
    /// nearest with ties down as sp-arithmetic's per-thing multiplication does).
    /// </summary>
    public static ulong WeightToFee(Weight weight)
    {
        var refTime = Math.Min(weight.RefTime, RuntimeConstants.MaximumBlockWeight.RefTime);
        var product = (UInt128)refTime * 500_000;
        var quotient = product / 1_000_000_000;
        var remainder = product % 1_000_000_000;
        return (ulong)(remainder > 500_000_000 ? quotient + 1 : quotient);
    }

    /// <summary>Length to fee: 1 RAO per encoded byte (<c>IdentityFee</c>).</summary>
    public static ulong LengthToFee(uint length) => length;

    /// <summary>The fee of a dispatch of <paramref name="info"/> in an extrinsic of <paramref name="length"/> bytes with <paramref name="tip"/>.</summary>
    public static FeeDetails Compute(uint length, DispatchInfo info, ulong tip) => Compute(length, info.Weight, info.PaysFee, tip);

    /// <summary>The fee after dispatch, with the weight and fee waiver the call reported.</summary>
    public static FeeDetails ComputeActual(uint length, DispatchInfo info, PostDispatchInfo post, ulong tip) =>
        Compute(length, post.ActualOf(info), post.PaysOf(info), tip);

    private static FeeDetails Compute(uint length, Weight weight, Pays pays, ulong tip)
    {
        if (pays == Pays.No)
        {
            return new FeeDetails(null, tip);
        }

        // The multiplier is constant 1 on subtensor, so the adjusted weight fee is the weight fee.
        return new FeeDetails(new InclusionFee(WeightToFee(RuntimeConstants.BaseExtrinsicWeight), LengthToFee(length), WeightToFee(weight)), tip);
    }
}
