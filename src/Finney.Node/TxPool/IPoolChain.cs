using Finney.Node.Runtime;
using Finney.Primitives.Accounts;

namespace Finney.Node.TxPool;

/// <summary>
/// The pool's view of the chain at the best block: the runtime's verdict on a transaction and an account's
/// nonce. Two implementations: the node's (runtime over the best state) and a fake for tests.
/// </summary>
public interface IPoolChain
{
    /// <summary>The best block's number.</summary>
    uint BestNumber { get; }

    /// <summary>Validates <paramref name="extrinsic"/> at the best block.</summary>
    TransactionValidity Validate(byte[] extrinsic);

    /// <summary>The account's nonce at the best block.</summary>
    uint AccountNonce(AccountId32 account);
}
