namespace Finney.Node.Runtime;

/// <summary>The runtime's verdict on a transaction for the pool: valid with its scheduling data, or an error.</summary>
public readonly record struct TransactionValidity(ValidTransaction? Valid, TransactionValidityError? Error)
{
    /// <summary>A valid transaction.</summary>
    public static TransactionValidity Ok(ValidTransaction valid) => new(valid, null);

    /// <summary>An invalid or undeterminable transaction.</summary>
    public static TransactionValidity Fail(TransactionValidityError error) => new(null, error);
}
