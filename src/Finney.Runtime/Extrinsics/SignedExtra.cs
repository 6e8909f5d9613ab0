using Finney.Primitives.Scale;

namespace Finney.Runtime.Extrinsics;

/// <summary>
/// The explicit data of the signed extensions, in metadata order: the era (CheckMortality), the nonce
/// (CheckNonce, compact), the tip (ChargeTransactionPayment, compact) and the metadata-hash mode
/// (CheckMetadataHash: 0 disabled, 1 enabled). The other extensions carry no explicit data.
/// </summary>
public readonly record struct SignedExtra(Era Era, uint Nonce, ulong Tip, byte MetadataHashMode = 0)
{
    /// <summary>Writes the extra data as it appears in the extrinsic and the signing payload.</summary>
    public void Encode(ScaleWriter writer)
    {
        Era.Type.Codec.Encode(writer, Era);
        writer.WriteCompact(Nonce);
        writer.WriteCompact(Tip);
        writer.WriteU8(MetadataHashMode);
    }

    /// <summary>Reads the extra data.</summary>
    /// <exception cref="ScaleFormatException">Malformed, or a metadata-hash mode other than 0 or 1.</exception>
    public static SignedExtra Decode(ref ScaleReader reader)
    {
        var era = Era.Type.Codec.Decode(ref reader);
        var nonce = reader.ReadCompactU32();
        var tip = reader.ReadCompactU64();
        var offset = reader.Position;
        var mode = reader.ReadU8();
        if (mode > 1)
        {
            throw new ScaleFormatException($"CheckMetadataHash: mode {mode} at offset {offset} is neither Disabled (0) nor Enabled (1).", offset);
        }

        return new SignedExtra(era, nonce, tip, mode);
    }
}

/// <summary>The implicit data the signer commits to without sending it: versions, genesis hash and the era's birth-block hash.</summary>
/// <param name="SpecVersion">CheckSpecVersion.</param>
/// <param name="TransactionVersion">CheckTxVersion.</param>
/// <param name="GenesisHash">CheckGenesis.</param>
/// <param name="BirthHash">CheckMortality: the hash of the era's birth block (the genesis hash when immortal).</param>
public sealed record SignedImplicit(uint SpecVersion, uint TransactionVersion, byte[] GenesisHash, byte[] BirthHash)
{
    /// <summary>
    /// Writes the implicit data. CheckMetadataHash adds <c>None</c> (<c>00</c>): this runtime has no metadata hash, so
    /// a signer that enabled the mode and committed to a hash fails signature verification, as on a Substrate
    /// runtime built without one.
    /// </summary>
    public void Encode(ScaleWriter writer)
    {
        writer.WriteU32(SpecVersion);
        writer.WriteU32(TransactionVersion);
        writer.WriteBytes(GenesisHash);
        writer.WriteBytes(BirthHash);
        writer.WriteU8(0);
    }
}
