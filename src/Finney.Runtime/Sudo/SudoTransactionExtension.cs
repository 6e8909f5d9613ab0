using Finney.Primitives.Accounts;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Sudo;

/// <summary>
/// Subtensor's SudoTransactionExtension: a Sudo call signed by anyone but the sudo key is rejected from the
/// pool (<c>BadSigner</c>) instead of failing in a block at the signer's expense.
/// </summary>
public static class SudoTransactionExtension
{
    /// <summary><c>BadSigner</c> when <paramref name="call"/> is a Sudo call and <paramref name="who"/> is not the key.</summary>
    public static TransactionValidityError? Validate(Externalities ext, AccountId32 who, RuntimeCall call) =>
        call is SudoCall && !(SudoPallet.Key.TryGet(ext.State, out var key) && key == who)
            ? TransactionValidityError.Invalid(InvalidTransaction.BadSigner)
            : null;
}
