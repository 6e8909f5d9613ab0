using Finney.Primitives.Scale;

namespace Finney.Runtime.Extrinsics;

/// <summary>Why a transaction is invalid (<c>sp_runtime::transaction_validity::InvalidTransaction</c>), numbered as on the wire.</summary>
public enum InvalidTransaction : byte
{
    /// <summary>The call of the transaction is not expected.</summary>
    Call = 0,

    /// <summary>General error to do with the inability to pay some fees (e.g. account balance too low).</summary>
    Payment = 1,

    /// <summary>General error to do with the transaction not yet being valid (e.g. nonce too high).</summary>
    Future = 2,

    /// <summary>General error to do with the transaction being outdated (e.g. nonce too low).</summary>
    Stale = 3,

    /// <summary>General error to do with the transaction's proofs (e.g. signature).</summary>
    BadProof = 4,

    /// <summary>The transaction birth block is ancient.</summary>
    AncientBirthBlock = 5,

    /// <summary>The transaction would exhaust the resources of current block.</summary>
    ExhaustsResources = 6,

    /// <summary>Any other custom invalid validity that is not covered by this enum.</summary>
    Custom = 7,

    /// <summary>An extrinsic with a Mandatory dispatch resulted in Error.</summary>
    BadMandatory = 8,

    /// <summary>An extrinsic with a mandatory dispatch tried to be validated.</summary>
    MandatoryValidation = 9,

    /// <summary>The sending address is disabled or known to be invalid.</summary>
    BadSigner = 10,

    /// <summary>The implicit data was unable to be calculated.</summary>
    IndeterminateImplicit = 11,

    /// <summary>The transaction extension did not authorize any origin.</summary>
    UnknownOrigin = 12,
}

/// <summary>Why a transaction's validity could not be determined (<c>UnknownTransaction</c>).</summary>
public enum UnknownTransaction : byte
{
    /// <summary>Could not lookup some information that is required to validate the transaction.</summary>
    CannotLookup = 0,

    /// <summary>No validator found for the given unsigned transaction.</summary>
    NoUnsignedValidator = 1,

    /// <summary>Any other custom unknown validity that is not covered by this enum.</summary>
    Custom = 2,
}

/// <summary>
/// A rejected transaction (<c>TransactionValidityError</c>): Invalid(reason) or Unknown(reason), with the custom
/// code for the Custom variants. <see cref="Message"/> is Substrate's text, which the node puts in RPC errors
/// 1010 (invalid) and 1011 (unknown).
/// </summary>
public readonly record struct TransactionValidityError(bool IsUnknown, byte Reason, byte CustomCode = 0)
{
    /// <summary>The SCALE codec.</summary>
    public static IScaleCodec<TransactionValidityError> Codec { get; } = new ErrorCodec();

    /// <summary>An invalid transaction.</summary>
    public static TransactionValidityError Invalid(InvalidTransaction reason, byte custom = 0) => new(false, (byte)reason, custom);

    /// <summary>A transaction of unknown validity.</summary>
    public static TransactionValidityError Unknown(UnknownTransaction reason, byte custom = 0) => new(true, (byte)reason, custom);

    /// <summary>The invalid reason (meaningful when not <see cref="IsUnknown"/>).</summary>
    public InvalidTransaction InvalidReason => (InvalidTransaction)Reason;

    /// <summary>The unknown reason (meaningful when <see cref="IsUnknown"/>).</summary>
    public UnknownTransaction UnknownReason => (UnknownTransaction)Reason;

    /// <summary>Substrate's message for this error, as RPC clients see it in the error's data.</summary>
    public string Message => IsUnknown
        ? UnknownReason switch
        {
            UnknownTransaction.CannotLookup => "Could not lookup information required to validate the transaction",
            UnknownTransaction.NoUnsignedValidator => "Could not find an unsigned validator for the unsigned transaction",
            _ => $"Custom error: {CustomCode}",
        }
        : InvalidReason switch
        {
            InvalidTransaction.Call => "Transaction call is not expected",
            InvalidTransaction.Payment => "Inability to pay some fees (e.g. account balance too low)",
            InvalidTransaction.Future => "Transaction will be valid in the future",
            InvalidTransaction.Stale => "Transaction is outdated",
            InvalidTransaction.BadProof => "Transaction has a bad signature",
            InvalidTransaction.AncientBirthBlock => "Transaction has an ancient birth block",
            InvalidTransaction.ExhaustsResources => "Transaction would exhaust the block limits",
            InvalidTransaction.BadMandatory => "A call was labelled as mandatory, but resulted in an Error.",
            InvalidTransaction.MandatoryValidation => "Transaction dispatch is mandatory; transactions must not be validated.",
            InvalidTransaction.BadSigner => "Invalid signing address",
            InvalidTransaction.IndeterminateImplicit => "The implicit data was unable to be calculated",
            InvalidTransaction.UnknownOrigin => "The transaction extension did not authorize any origin",
            _ => $"Custom error: {CustomCode}",
        };

    /// <inheritdoc />
    public override string ToString() => IsUnknown ? $"Unknown({UnknownReason})" : $"Invalid({InvalidReason})";

    private sealed class ErrorCodec : IScaleCodec<TransactionValidityError>
    {
        public string TypeName => "TransactionValidityError";

        public int MinEncodedSize => 2;

        public void Encode(ScaleWriter writer, TransactionValidityError value)
        {
            writer.WriteU8(value.IsUnknown ? (byte)1 : (byte)0);
            writer.WriteU8(value.Reason);
            if ((value.IsUnknown && value.UnknownReason == UnknownTransaction.Custom) || (!value.IsUnknown && value.InvalidReason == InvalidTransaction.Custom))
            {
                writer.WriteU8(value.CustomCode);
            }
        }

        public TransactionValidityError Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            var outer = reader.ReadU8();
            var reason = reader.ReadU8();
            var (isUnknown, max, custom) = outer switch
            {
                0 => (false, (byte)InvalidTransaction.UnknownOrigin, (byte)InvalidTransaction.Custom),
                1 => (true, (byte)UnknownTransaction.Custom, (byte)UnknownTransaction.Custom),
                _ => throw new ScaleFormatException($"TransactionValidityError: variant {outer} at offset {offset} is not declared.", offset),
            };
            if (reason > max)
            {
                throw new ScaleFormatException($"TransactionValidityError: reason {reason} at offset {offset + 1} is not declared.", offset + 1);
            }

            return new TransactionValidityError(isUnknown, reason, reason == custom ? reader.ReadU8() : (byte)0);
        }
    }
}

/// <summary>
/// A valid transaction's pool information (<c>ValidTransaction</c>): priority, the tags it requires and provides
/// (SCALE of (account, nonce)), how many blocks it stays valid, and whether to gossip it.
/// </summary>
public sealed record ValidTransaction(ulong Priority, IReadOnlyList<byte[]> Requires, IReadOnlyList<byte[]> Provides, ulong Longevity, bool Propagate)
{
    /// <summary>The SCALE codec.</summary>
    public static IScaleCodec<ValidTransaction> Codec { get; } = ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.Vec(ScaleCodec.Bytes)), ScaleCodec.Tuple(ScaleCodec.Vec(ScaleCodec.Bytes), ScaleCodec.U64), ScaleCodec.Bool),
        t => new ValidTransaction(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2, t.Item3),
        v => ((v.Priority, v.Requires.ToArray()), (v.Provides.ToArray(), v.Longevity), v.Propagate),
        "ValidTransaction");
}

/// <summary>Where a transaction came from (<c>TransactionSource</c>).</summary>
public enum TransactionSource : byte
{
    /// <summary>Already in a block being imported.</summary>
    InBlock = 0,

    /// <summary>Submitted by this node's own RPC or offchain workers.</summary>
    Local = 1,

    /// <summary>Received from the network or an external RPC caller.</summary>
    External = 2,
}
