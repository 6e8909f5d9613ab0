using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Hashing;

namespace Finney.Consensus.Signing;

/// <summary>
/// Signs consensus messages with the validator's ed25519 key, but only after the <see cref="LastSignedRecord"/>
/// says it is safe and the new record is durable, so no crash or restart can make an honest validator sign two
/// different messages for one (height, round, step). <paramref name="beforePersist"/> runs first (the participant
/// flushes its WAL there, so whatever led to the signature survives too).
/// </summary>
public sealed class ConsensusSigner(Ed25519Keypair key, ILastSignedStore store, Action? beforePersist = null)
{
    private LastSignedRecord? _record = store.Load();

    /// <summary>The validator's public key.</summary>
    public ReadOnlySpan<byte> PublicKey => key.PublicKey;

    /// <summary>Signs <paramref name="payload"/> for (height, round, step) or says why not.</summary>
    public (byte[]? Signature, SigningRefusal Refusal) TrySign(uint height, int round, SignStep step, byte[] payload)
    {
        var payloadHash = Blake2b.Hash256(payload);
        var refusal = Check(height, round, step, payloadHash, out var next);
        if (refusal != SigningRefusal.None)
        {
            return (null, refusal);
        }

        if (next is not null)
        {
            beforePersist?.Invoke();
            store.Save(next);
            _record = next;
        }

        return (key.Sign(payload), SigningRefusal.None);
    }

    // Returns the record to persist, or null when this exact message was already signed (a WAL replay).
    private SigningRefusal Check(uint height, int round, SignStep step, byte[] payloadHash, out LastSignedRecord? next)
    {
        next = null;
        var entry = new SignedEntry(round, step, payloadHash);
        if (_record is null || height > _record.Height)
        {
            next = new LastSignedRecord(height, [entry]);
            return SigningRefusal.None;
        }

        if (height < _record.Height)
        {
            return SigningRefusal.HeightBelowLastSigned;
        }

        var same = _record.Entries.FirstOrDefault(e => e.Round == round && e.Step == step);
        if (same is not null)
        {
            return same.PayloadHash.AsSpan().SequenceEqual(payloadHash) ? SigningRefusal.None : SigningRefusal.ConflictingPayload;
        }

        if (_record.Entries[^1].ComparePosition(round, step) > 0)
        {
            return SigningRefusal.StepBelowLastSigned;
        }

        next = new LastSignedRecord(height, [.. _record.Entries, entry]);
        return SigningRefusal.None;
    }
}
