using Finney.Primitives.Accounts;
using Finney.Primitives.Crypto.Ecdsa;
using Finney.Primitives.Keys;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Extrinsics;

/// <summary>The signature schemes of <c>sp_runtime::MultiSignature</c>, numbered as on the wire.</summary>
public enum SignatureScheme : byte
{
    /// <summary>Ed25519, 64 bytes.</summary>
    Ed25519 = 0,

    /// <summary>Sr25519 (schnorrkel, context "substrate"), 64 bytes.</summary>
    Sr25519 = 1,

    /// <summary>ECDSA secp256k1 over BLAKE2b-256 of the message, 65 bytes with the recovery id.</summary>
    Ecdsa = 2,
}

/// <summary>A signature of any of the three schemes.</summary>
public sealed record MultiSignature(SignatureScheme Scheme, byte[] Bytes)
{
    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<MultiSignature> Type { get; } = new(new MultiSignatureCodec(), BuildMeta());

    /// <summary>
    /// True when this is <paramref name="signer"/>'s signature of <paramref name="message"/>: for ed25519 and
    /// sr25519 the account is the public key; for ECDSA the recovered key's BLAKE2b-256 must equal the account.
    /// </summary>
    public bool Verify(ReadOnlySpan<byte> message, AccountId32 signer) => Scheme switch
    {
        SignatureScheme.Ed25519 => Signatures.Verify(KeyScheme.Ed25519, signer.Bytes, message, Bytes),
        SignatureScheme.Sr25519 => Signatures.Verify(KeyScheme.Sr25519, signer.Bytes, message, Bytes),
        _ => EcdsaKeypair.VerifyForAccount(signer, message, Bytes),
    };

    private static MetaType BuildMeta()
    {
        MetaType Sig(string module, uint length) => new(["sp_core", module, "Signature"], new CompositeDef([new FieldInfo(null, MetaType.Array(Types.U8.Meta, length), $"[u8; {length}]")]));
        return new MetaType(
            ["sp_runtime", "MultiSignature"],
            new VariantDef([
                new VariantInfo("Ed25519", [new FieldInfo(null, Sig("ed25519", 64), "ed25519::Signature")], 0, []),
                new VariantInfo("Sr25519", [new FieldInfo(null, Sig("sr25519", 64), "sr25519::Signature")], 1, []),
                new VariantInfo("Ecdsa", [new FieldInfo(null, Sig("ecdsa", 65), "ecdsa::Signature")], 2, []),
            ]));
    }

    private sealed class MultiSignatureCodec : IScaleCodec<MultiSignature>
    {
        public string TypeName => "MultiSignature";

        public int MinEncodedSize => 65;

        public void Encode(ScaleWriter writer, MultiSignature value)
        {
            writer.WriteU8((byte)value.Scheme);
            writer.WriteBytes(value.Bytes);
        }

        public MultiSignature Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            return reader.ReadU8() switch
            {
                0 => new MultiSignature(SignatureScheme.Ed25519, reader.ReadBytes(64).ToArray()),
                1 => new MultiSignature(SignatureScheme.Sr25519, reader.ReadBytes(64).ToArray()),
                2 => new MultiSignature(SignatureScheme.Ecdsa, reader.ReadBytes(65).ToArray()),
                var other => throw new ScaleFormatException($"MultiSignature: variant index {other} at offset {offset} is not declared.", offset),
            };
        }
    }
}
