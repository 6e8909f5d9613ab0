using Finney.Node.Blocks;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Primitives.Accounts;

namespace Finney.Node.Tests.TxPool;

/// <summary>Account nonces and per-transaction verdicts set by the test.</summary>
internal sealed class FakePoolChain : IPoolChain
{
    public Dictionary<AccountId32, uint> Nonces { get; } = [];

    public Dictionary<Hash256, ulong> Priorities { get; } = [];

    public Dictionary<Hash256, TransactionValidityError> Errors { get; } = [];

    public int Validations { get; private set; }

    public uint BestNumber { get; set; }

    public uint AccountNonce(AccountId32 account) => Nonces.GetValueOrDefault(account);

    public TransactionValidity Validate(byte[] extrinsic)
    {
        Validations++;
        var hash = Hash256.Blake2(extrinsic);
        if (Errors.TryGetValue(hash, out var error))
        {
            return TransactionValidity.Fail(error);
        }

        SignedExtrinsicEnvelope.TryRead(extrinsic, out var envelope, out _).ShouldBeTrue();
        if (envelope.IsSigned && envelope.Nonce < AccountNonce(envelope.Sender))
        {
            return TransactionValidity.Fail(TransactionValidityError.Stale);
        }

        return TransactionValidity.Ok(new ValidTransaction(Priorities.GetValueOrDefault(hash, 100UL), [], [], ulong.MaxValue, true));
    }
}
