using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Sdk.Transactions;

/// <summary>A signed extrinsic ready to submit.</summary>
/// <param name="Encoded">The full encoding (length prefix included).</param>
/// <param name="Signer">Who signed it.</param>
/// <param name="Nonce">Its nonce.</param>
/// <param name="Mortality">The first block it is valid in and the first it is no longer valid in (null when immortal).</param>
public sealed record SignedTransaction(byte[] Encoded, AccountId32 Signer, uint Nonce, (ulong Birth, ulong Death)? Mortality)
{
    /// <summary>The transaction hash (BLAKE2b-256 of the encoding), 0x hex.</summary>
    public string Hash => Hex.Encode(Blake2b.Hash256(Encoded));

    /// <summary>The encoding as 0x hex, as <c>author_submitExtrinsic</c> takes it.</summary>
    public string Hex0x => Hex.Encode(Encoded);
}
