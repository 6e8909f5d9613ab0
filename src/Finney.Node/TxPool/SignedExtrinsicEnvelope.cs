using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;

namespace Finney.Node.TxPool;

/// <summary>
/// The parts of a v4 extrinsic the pool reads without the runtime: length prefix, signed flag, and for a
/// signed one the sender (<c>MultiAddress::Id</c>) and the nonce (the <c>CheckNonce</c> data after the
/// era, as the standard extension order puts it: no explicit data before <c>CheckMortality</c>).
/// </summary>
public readonly record struct SignedExtrinsicEnvelope(bool IsSigned, AccountId32 Sender, uint Nonce)
{
    /// <summary>Reads the envelope; false with a reason when the bytes are not a v4 extrinsic.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out SignedExtrinsicEnvelope envelope, out string problem)
    {
        envelope = default;
        try
        {
            var reader = new ScaleReader(bytes);
            var length = reader.ReadCompactLength();
            if (length != reader.Remaining)
            {
                problem = $"the length prefix says {length} bytes but {reader.Remaining} follow";
                return false;
            }

            var version = reader.ReadU8();
            if ((version & 0x7f) != 4)
            {
                problem = $"unsupported extrinsic version {version & 0x7f}";
                return false;
            }

            if ((version & 0x80) == 0)
            {
                problem = "";
                return true;
            }

            if (reader.ReadU8() != 0)
            {
                problem = "the signer must be a MultiAddress::Id";
                return false;
            }

            var sender = new AccountId32(reader.ReadBytes(AccountId32.Length));
            var signatureLength = reader.ReadU8() switch
            {
                0 or 1 => 64,
                2 => 65,
                var other => throw new ScaleFormatException($"unknown signature kind {other}"),
            };
            reader.ReadBytes(signatureLength);
            if (reader.ReadU8() != 0)
            {
                reader.ReadU8();
            }

            envelope = new SignedExtrinsicEnvelope(true, sender, reader.ReadCompactU32());
            problem = "";
            return true;
        }
        catch (ScaleFormatException e)
        {
            problem = e.Message;
            return false;
        }
    }
}
