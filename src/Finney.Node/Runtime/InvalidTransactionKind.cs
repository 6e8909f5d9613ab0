namespace Finney.Node.Runtime;

/// <summary>sp_runtime's <c>InvalidTransaction</c> variants by their SCALE index.</summary>
public enum InvalidTransactionKind : byte
{
#pragma warning disable CS1591 // the names are Substrate's; the reasons are in TransactionValidityError.Reason
    Call = 0,
    Payment = 1,
    Future = 2,
    Stale = 3,
    BadProof = 4,
    AncientBirthBlock = 5,
    ExhaustsResources = 6,
    Custom = 7,
    BadMandatory = 8,
    MandatoryValidation = 9,
    BadSigner = 10,
    IndeterminateImplicit = 11,
    UnknownOrigin = 12,
#pragma warning restore CS1591
}
