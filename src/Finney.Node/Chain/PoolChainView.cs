using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Primitives.Accounts;

namespace Finney.Node.Chain;

/// <summary>The pool's view of the chain: the runtime over the best block's state.</summary>
public sealed class PoolChainView(Blockchain chain) : IPoolChain
{
    /// <inheritdoc />
    public uint BestNumber => chain.Best.Number;

    /// <inheritdoc />
    public TransactionValidity Validate(byte[] extrinsic) => chain.Runtime.Validate(chain.AtBest, extrinsic);

    /// <inheritdoc />
    public uint AccountNonce(AccountId32 account) => chain.Runtime.AccountNonce(chain.AtBest, account);
}
