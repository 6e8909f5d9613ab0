using Finney.Node.Blocks;
using Finney.Primitives.Accounts;

namespace Finney.Node.TxPool;

/// <summary>One transaction in the pool: its bytes, identity, sender and nonce, and the runtime's verdict.</summary>
public sealed class PoolTransaction
{
    /// <summary>A transaction not yet validated.</summary>
    public PoolTransaction(byte[] bytes, Hash256 hash, SignedExtrinsicEnvelope envelope)
    {
        Bytes = bytes;
        Hash = hash;
        Envelope = envelope;
    }

    /// <summary>The full encoding, length prefix included.</summary>
    public byte[] Bytes { get; }

    /// <summary>BLAKE2b-256 of <see cref="Bytes"/> (what <c>author_submitExtrinsic</c> returns).</summary>
    public Hash256 Hash { get; }

    /// <summary>Signed flag, sender and nonce.</summary>
    public SignedExtrinsicEnvelope Envelope { get; }

    /// <summary>The signer, or null for an unsigned transaction.</summary>
    public AccountId32? Sender => Envelope.IsSigned ? Envelope.Sender : null;

    /// <summary>The nonce (0 when unsigned).</summary>
    public uint Nonce => Envelope.Nonce;

    /// <summary>Priority from the runtime; higher goes first.</summary>
    public ulong Priority { get; internal set; }

    /// <summary>Blocks the runtime's verdict holds, from <see cref="ValidatedAt"/>.</summary>
    public ulong Longevity { get; internal set; } = ulong.MaxValue;

    /// <summary>Best block number when last validated.</summary>
    public uint ValidatedAt { get; internal set; }

    /// <summary>The sender's on-chain nonce when it was validated.</summary>
    internal uint AccountNonce { get; set; }

    /// <summary>Arrival order, the tie-breaker between equal priorities.</summary>
    public long Sequence { get; internal set; }

    /// <summary>True when it can go into the next block (its nonce follows the account's or a ready predecessor's).</summary>
    public bool IsReady { get; internal set; }
}
