using Finney.Runtime.Aura;
using Finney.Runtime.Blocks;
using Finney.Runtime.Executive.Extensions;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Sudo;
using Finney.Runtime.System;
using Finney.Runtime.Timestamp;
using Finney.Runtime.TransactionPayment;
using Finney.Runtime.Utility;
using Finney.Storage;

namespace Finney.Runtime.Executive;

/// <summary>
/// FRAME's executive: runs a block through initialize → inherents → extrinsics → finalize, and validates
/// transactions for the pool. Signed extensions run in metadata order: CheckNonZeroSender, CheckSpecVersion,
/// CheckTxVersion, CheckGenesis, CheckMortality (the last four only contribute implicit data, checked through the
/// signature), CheckNonce, CheckWeight, ChargeTransactionPayment, SudoTransactionExtension,
/// SubtensorTransactionExtension (no checks until SubtensorModule exists), CheckMetadataHash.
/// </summary>
public static class BlockExecutive
{
    /// <summary>Opens a block over <paramref name="state"/>: System's initialization, then every pallet's <c>on_initialize</c>.</summary>
    public static BlockExecution InitializeBlock(StateOverlay state, uint number, byte[] parentHash, IReadOnlyList<DigestItem> digest)
    {
        var block = new BlockExecution(NewExternalities(state), number, parentHash);
        SystemPallet.Initialize(block.Ext, number, parentHash, digest);
        var weight = RuntimeConstants.BaseBlockWeight;
        foreach (var pallet in FinneyPallets.All)
        {
            if (pallet.OnInitialize is { } hook)
            {
                weight = weight.SaturatingAdd(hook(block.Ext));
            }
        }

        CheckWeight.RegisterMandatory(block.Ext, weight);
        block.Ext.BlockAuthor = AuraPallet.Author(block.Ext);
        block.Ext.Phase = Phase.ApplyExtrinsic(0);
        return block;
    }

    /// <summary>
    /// Applies one extrinsic. An invalid one leaves no trace; an included one has its fee charged, its nonce
    /// bumped, its call dispatched in a storage transaction and <c>ExtrinsicSuccess</c>/<c>ExtrinsicFailed</c> emitted.
    /// </summary>
    public static ApplyExtrinsicResult ApplyExtrinsic(BlockExecution block, UncheckedExtrinsic xt)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(xt);
        var ext = block.Ext;
        ext.Phase = Phase.ApplyExtrinsic(block.ExtrinsicIndex);
        ext.StartTransaction();
        ApplyExtrinsicResult result;
        try
        {
            result = Apply(block, xt);
        }
        catch
        {
            ext.RollbackTransaction();
            throw;
        }

        if (!result.IsIncluded)
        {
            ext.RollbackTransaction();
            return result;
        }

        ext.CommitTransaction();
        block.Included(xt.Encoded);
        return result;
    }

    /// <summary>
    /// Closes the block: every pallet's <c>on_finalize</c>, System's finalization, and the header with the
    /// extrinsics root (the state root is left zero for the node to fill from the overlay's changes).
    /// </summary>
    public static Header FinalizeBlock(BlockExecution block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var ext = block.Ext;
        ext.Phase = Phase.Finalization;
        foreach (var pallet in FinneyPallets.All)
        {
            pallet.OnFinalize?.Invoke(ext);
        }

        SystemPallet.Finalize(ext);
        var digest = SystemStorage.Digest.Get(ext.State);
        return new Header(block.ParentHash, block.Number, new byte[32], TrieRoots.ExtrinsicsRoot(block.Extrinsics), digest);
    }

    /// <summary>
    /// Validates a transaction for the pool, as if it were applied in the block after <paramref name="parentNumber"/>
    /// (whose hash is <paramref name="parentHash"/>): signature, era, nonce, weight, fee and the sudo key.
    /// Nothing is written to <paramref name="state"/>.
    /// </summary>
    public static (ValidTransaction? Valid, TransactionValidityError? Error) ValidateTransaction(IStateReader state, uint parentNumber, byte[] parentHash, UncheckedExtrinsic xt)
    {
        ArgumentNullException.ThrowIfNull(xt);
        var ext = NewExternalities(new StateOverlay(state));
        var number = checked(parentNumber + 1);
        SystemPallet.Initialize(ext, number, parentHash, []);
        var (checkedXt, checkError) = ExtrinsicCheck.Check(ext, xt, number);
        if (checkedXt is null)
        {
            return (null, checkError);
        }

        if (checkedXt.Info.Class == DispatchClass.Mandatory)
        {
            return (null, TransactionValidityError.Invalid(InvalidTransaction.MandatoryValidation));
        }

        if (checkedXt.Signer is not { } who)
        {
            return (null, TransactionValidityError.Unknown(UnknownTransaction.NoUnsignedValidator));
        }

        if (who.Bytes.IndexOfAnyExcept((byte)0) < 0)
        {
            return (null, TransactionValidityError.Invalid(InvalidTransaction.BadSigner));
        }

        var extra = checkedXt.Extra;
        var (nonceValidity, nonceError) = CheckNonce.Validate(ext, who, extra.Nonce, checkedXt.Info);
        if (nonceValidity is null)
        {
            return (null, nonceError);
        }

        if (CheckWeight.Validate(checkedXt.Info, checkedXt.Length) is { } weightError)
        {
            return (null, weightError);
        }

        var (priority, paymentError) = ChargeTransactionPayment.Validate(ext, who, checkedXt.Info, checkedXt.Length, extra.Tip);
        if (paymentError is not null)
        {
            return (null, paymentError);
        }

        if (SudoTransactionExtension.Validate(ext, who, checkedXt.Call) is { } sudoError)
        {
            return (null, sudoError);
        }

        var longevity = extra.Era.IsImmortal ? ulong.MaxValue : extra.Era.Death(number) - number;
        return (nonceValidity with { Priority = priority, Longevity = Math.Min(longevity, nonceValidity.Longevity) }, null);
    }

    private static Externalities NewExternalities(StateOverlay state) => new(state) { CallFilter = UtilityPallet.NoNestingFilter };

    private static ApplyExtrinsicResult Apply(BlockExecution block, UncheckedExtrinsic xt)
    {
        var ext = block.Ext;
        var (checkedXt, checkError) = ExtrinsicCheck.Check(ext, xt, block.Number);
        if (checkedXt is null)
        {
            return ApplyExtrinsicResult.Rejected(checkError!.Value);
        }

        var info = checkedXt.Info;
        if (checkedXt.Signer is not { } who)
        {
            return ApplyInherent(block, checkedXt);
        }

        if (info.Class == DispatchClass.Mandatory)
        {
            return ApplyExtrinsicResult.Rejected(TransactionValidityError.Invalid(InvalidTransaction.BadMandatory));
        }

        if (who.Bytes.IndexOfAnyExcept((byte)0) < 0)
        {
            return ApplyExtrinsicResult.Rejected(TransactionValidityError.Invalid(InvalidTransaction.BadSigner));
        }

        var extra = checkedXt.Extra;
        if ((CheckNonce.Prepare(ext, who, extra.Nonce, info) ?? CheckWeight.Prepare(ext, info, checkedXt.Length)) is { } rejected)
        {
            return ApplyExtrinsicResult.Rejected(rejected);
        }

        var (withdrawn, paymentError) = ChargeTransactionPayment.Prepare(ext, who, info, checkedXt.Length, extra.Tip);
        if ((paymentError ?? SudoTransactionExtension.Validate(ext, who, checkedXt.Call)) is { } unpaid)
        {
            return ApplyExtrinsicResult.Rejected(unpaid);
        }

        var result = Dispatcher.Dispatch(checkedXt.Call, Origin.Signed(who), ext);
        CheckWeight.PostDispatch(ext, info, result.PostInfo);
        ChargeTransactionPayment.PostDispatch(ext, who, info, result.PostInfo, checkedXt.Length, extra.Tip, withdrawn);
        SystemPallet.NoteAppliedExtrinsic(ext, result, info);
        return new ApplyExtrinsicResult(null, result);
    }

    // Inherents (unsigned, mandatory): only Timestamp.set is one; a failing inherent makes the block invalid.
    private static ApplyExtrinsicResult ApplyInherent(BlockExecution block, CheckedExtrinsic xt)
    {
        if (xt.Call is not SetTimestamp)
        {
            return ApplyExtrinsicResult.Rejected(TransactionValidityError.Unknown(UnknownTransaction.NoUnsignedValidator));
        }

        if (CheckWeight.Prepare(block.Ext, xt.Info, xt.Length) is { } exhausted)
        {
            return ApplyExtrinsicResult.Rejected(exhausted);
        }

        var result = Dispatcher.Dispatch(xt.Call, Origin.None, block.Ext);
        if (!result.IsOk)
        {
            return ApplyExtrinsicResult.Rejected(TransactionValidityError.Invalid(InvalidTransaction.BadMandatory));
        }

        SystemPallet.NoteAppliedExtrinsic(block.Ext, result, xt.Info);
        return new ApplyExtrinsicResult(null, result);
    }
}

/// <summary>A block being executed: its externalities, number and parent, and the extrinsics included so far.</summary>
public sealed class BlockExecution
{
    private readonly List<byte[]> _extrinsics = [];

    internal BlockExecution(Externalities ext, uint number, byte[] parentHash)
    {
        Ext = ext;
        Number = number;
        ParentHash = parentHash;
    }

    /// <summary>The block's externalities.</summary>
    public Externalities Ext { get; }

    /// <summary>The block number.</summary>
    public uint Number { get; }

    /// <summary>The parent block's hash.</summary>
    public byte[] ParentHash { get; }

    /// <summary>The index the next extrinsic gets.</summary>
    public uint ExtrinsicIndex => (uint)_extrinsics.Count;

    /// <summary>The extrinsics included so far, as encoded.</summary>
    public IReadOnlyList<byte[]> Extrinsics => _extrinsics;

    internal void Included(byte[] encoded) => _extrinsics.Add(encoded);
}
