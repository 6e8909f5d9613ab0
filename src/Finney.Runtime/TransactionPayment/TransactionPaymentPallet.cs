using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.TransactionPayment;

/// <summary>
/// The TransactionPayment pallet (index 6): fees of signed transactions, as subtensor configures them — a
/// linear weight fee of 0.0005 RAO per unit of ref-time (<c>Perbill(500_000)</c>), a length fee of 1 RAO per byte,
/// a constant fee multiplier of 1, and an operational fee multiplier of 5.
/// </summary>
public static class TransactionPaymentPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 6;

    /// <summary>
    /// A fee multiplier for <c>Operational</c> extrinsics to compute "virtual tip" to boost their <c>priority</c>.
    /// </summary>
    public const byte OperationalFeeMultiplier = 5;

    /// <summary>One as a <c>FixedU128</c> (10^18): the multiplier never changes on subtensor.</summary>
    public static readonly UInt128 MultiplierOne = 1_000_000_000_000_000_000;

    /// <summary>The fee multiplier for the next block.</summary>
    public static readonly StorageValue<UInt128> NextFeeMultiplier = StorageValue<UInt128>.WithDefault(
        "TransactionPayment",
        nameof(NextFeeMultiplier),
        new ScaleType<UInt128>(ScaleCodec.U128, new MetaType(["sp_arithmetic", "fixed_point", "FixedU128"], new CompositeDef([new FieldInfo(null, Types.U128.Meta, "u128")]))),
        MultiplierOne);

    /// <summary>The event table.</summary>
    public static readonly VariantTable<TransactionPaymentEvent> Events = new VariantTable<TransactionPaymentEvent>("pallet_transaction_payment", "pallet", "Event")
        .Add(0, "TransactionFeePaid", Field.Of("who", Types.AccountId, "T::AccountId"), Field.Of("actual_fee", Types.Balance, "BalanceOf<T>"), Field.Of("tip", Types.Balance, "BalanceOf<T>"), (w, f, t) => new TransactionFeePaid(w, f, t), e => (e.Who, e.ActualFee, e.Tip));

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "TransactionPayment",
        Index = Index,
        DocsType = typeof(TransactionPaymentPallet),
        Storage = [NextFeeMultiplier],
        Events = Events,
        Constants = [PalletConstant.Of(nameof(OperationalFeeMultiplier), Types.U8, OperationalFeeMultiplier, typeof(TransactionPaymentPallet))],
    };
}

/// <summary>An event of the TransactionPayment pallet.</summary>
public abstract record TransactionPaymentEvent : RuntimeEvent;

/// <summary>A transaction fee <c>actual_fee</c>, of which <c>tip</c> was added to the minimum inclusion fee, has been paid by <c>who</c>.</summary>
public sealed record TransactionFeePaid(AccountId32 Who, ulong ActualFee, ulong Tip) : TransactionPaymentEvent;
