namespace Finney.Node.Runtime;

/// <summary>
/// sp_runtime's <c>TransactionValidityError</c>: <c>Invalid(InvalidTransaction)</c> or
/// <c>Unknown(UnknownTransaction)</c>, by variant index, with Substrate's reason texts (sent as the
/// <c>data</c> of error 1010/1011).
/// </summary>
public sealed record TransactionValidityError(bool IsUnknown, byte Variant, byte Custom = 0)
{
    /// <summary><c>InvalidTransaction::Payment</c>.</summary>
    public static TransactionValidityError Payment => new(false, (byte)InvalidTransactionKind.Payment);

    /// <summary><c>InvalidTransaction::Stale</c>.</summary>
    public static TransactionValidityError Stale => new(false, (byte)InvalidTransactionKind.Stale);

    /// <summary><c>InvalidTransaction::Future</c>.</summary>
    public static TransactionValidityError Future => new(false, (byte)InvalidTransactionKind.Future);

    /// <summary><c>InvalidTransaction::BadProof</c>.</summary>
    public static TransactionValidityError BadProof => new(false, (byte)InvalidTransactionKind.BadProof);

    /// <summary><c>InvalidTransaction::ExhaustsResources</c>.</summary>
    public static TransactionValidityError ExhaustsResources => new(false, (byte)InvalidTransactionKind.ExhaustsResources);

    /// <summary>An invalid transaction of <paramref name="kind"/>.</summary>
    public static TransactionValidityError Invalid(InvalidTransactionKind kind, byte custom = 0) => new(false, (byte)kind, custom);

    /// <summary>True for <c>InvalidTransaction::ExhaustsResources</c>: the block is full, the transaction may be fine.</summary>
    public bool IsBlockFull => !IsUnknown && Variant == (byte)InvalidTransactionKind.ExhaustsResources;

    /// <summary>The reason text as Substrate's RPC reports it.</summary>
    public string Reason => IsUnknown
        ? Variant switch
        {
            0 => "Could not lookup information required to validate the transaction",
            1 => "Could not find an unsigned validator for the unsigned transaction",
            _ => $"Custom error: {Custom}",
        }
        : (InvalidTransactionKind)Variant switch
        {
            InvalidTransactionKind.Call => "Transaction call is not expected",
            InvalidTransactionKind.Payment => "Inability to pay some fees (e.g. account balance too low)",
            InvalidTransactionKind.Future => "Transaction will be valid in the future",
            InvalidTransactionKind.Stale => "Transaction is outdated",
            InvalidTransactionKind.BadProof => "Transaction has a bad signature",
            InvalidTransactionKind.AncientBirthBlock => "Transaction has an ancient birth block",
            InvalidTransactionKind.ExhaustsResources => "Transaction would exhaust the block limits",
            InvalidTransactionKind.Custom => $"Custom error: {Custom}",
            InvalidTransactionKind.BadMandatory => "A call was labelled as mandatory, but resulted in an Error.",
            InvalidTransactionKind.MandatoryValidation => "Transaction dispatch is mandatory; transactions must not be validated.",
            InvalidTransactionKind.BadSigner => "Invalid signing address",
            InvalidTransactionKind.IndeterminateImplicit => "The implicit data was unable to be calculated",
            InvalidTransactionKind.UnknownOrigin => "The transaction extension did not authorize any origin",
            _ => $"Unknown invalid transaction variant {Variant}",
        };
}
