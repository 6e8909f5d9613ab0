using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Crypto.Sr25519;

public class Sr25519VerifyTests
{
    private static readonly byte[] HelloSubstrate = "hello substrate"u8.ToArray();

    // Recorded with polkadot.js keyring (//Alice, random nonce); research note appendix A.
    private static readonly byte[] AliceHelloSignature = Hex.Decode(
        "e0df2890737f384242e0a61e74eca36733da8023c1e685d29d7956c1adaa30194a4256d93a3d9c59787699189121051c964bc98ac4ca002c9eaf949b9dc2168e");

    private static readonly Lazy<Sr25519Keypair> Alice = new(() =>
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        return root.HardDerive(DevKeys.AliceChainCode);
    });

    [Fact]
    public void Verify_PolkadotJsAliceSignature_IsValid() =>
        Sr25519Signature.Verify(DevKeys.AlicePublic, HelloSubstrate, AliceHelloSignature).ShouldBeTrue();

    [Fact]
    public void Verify_EveryFlippedMessageByte_IsInvalid()
    {
        for (var i = 0; i < HelloSubstrate.Length; i++)
        {
            var message = (byte[])HelloSubstrate.Clone();
            message[i] ^= 0x01;
            Sr25519Signature.Verify(DevKeys.AlicePublic, message, AliceHelloSignature).ShouldBeFalse($"byte {i}");
        }
    }

    [Fact]
    public void Verify_EveryFlippedSignatureByte_IsInvalid()
    {
        for (var i = 0; i < 64; i++)
        {
            foreach (var bit in new byte[] { 0x01, 0x10, 0x40 })
            {
                var signature = (byte[])AliceHelloSignature.Clone();
                signature[i] ^= bit;
                Sr25519Signature.Verify(DevKeys.AlicePublic, HelloSubstrate, signature).ShouldBeFalse($"byte {i} bit {bit:x2}");
            }
        }
    }

    [Fact]
    public void Verify_MarkerBitCleared_IsInvalid()
    {
        var signature = (byte[])AliceHelloSignature.Clone();
        signature[63] &= 0x7f;
        Sr25519Signature.Verify(DevKeys.AlicePublic, HelloSubstrate, signature).ShouldBeFalse();
    }

    [Fact]
    public void Verify_BobsKey_IsInvalid() =>
        Sr25519Signature.Verify(DevKeys.BobPublic, HelloSubstrate, AliceHelloSignature).ShouldBeFalse();

    // @scure/sr25519 "verify": a signature over a message naming //Alice's address.
    [Fact]
    public void Verify_ScureAliceVector_IsValid() =>
        Sr25519Signature.Verify(
            DevKeys.AlicePublic,
            "I hereby verify that I control 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"u8,
            Hex.Decode("1037eb7e51613d0dcf5930ae518819c87d655056605764840d9280984e1b7063c4566b55bf292fcab07b369d01095879b50517beca4d26e6a65866e25fec0d83"))
            .ShouldBeTrue();

    // @scure/sr25519 "verify (wrapped)": polkadot.js signRaw wraps the message in <Bytes>…</Bytes>; only the
    // wrapped form verifies.
    [Theory]
    [InlineData("<Bytes>message to sign</Bytes>", true)]
    [InlineData("message to sign", false)]
    public void Verify_ScureWrappedVector_OnlyWrappedMessageIsValid(string message, bool expected) =>
        Sr25519Signature.Verify(
            Hex.Decode("f84d048da2ddae2d9d8fd6763f469566e8817a26114f39408de15547f6d47805"),
            System.Text.Encoding.UTF8.GetBytes(message),
            Hex.Decode("48ce2c90e08651adfc8ecef84e916f6d1bb51ebebd16150ee12df247841a5437951ea0f9d632ca165e6ab391532e75e701be6a1caa88c8a6bcca3511f55b4183"))
            .ShouldBe(expected);

    // sp-core verify_known_old_message_should_work: a pre-audit (schnorrkel 0.1) signature has no marker bit and
    // must not verify under the current scheme.
    [Fact]
    public void Verify_PreAuditSignatureWithoutMarker_IsInvalid() =>
        Sr25519Signature.Verify(
            Hex.Decode("b4bfa1f7a5166695eb75299fd1c4c03ea212871c342f2c5dfea0902b2c246918"),
            "Verifying that I am the owner of 5G9hQLdsKQswNPgB499DeA5PkFBbgkLPJWkkS6FAM6xGQ8xD. Hash: 221455a3\n"u8,
            Hex.Decode("5a9755f069939f45d96aaf125cf5ce7ba1db998686f87f2fb3cbdea922078741a73891ba265f70c31436e18a9acd14d189d73c12317ab6c313285cd938453202"))
            .ShouldBeFalse();

    [Theory]
    [InlineData(0, 64)]
    [InlineData(31, 64)]
    [InlineData(33, 64)]
    [InlineData(32, 0)]
    [InlineData(32, 63)]
    [InlineData(32, 65)]
    public void Verify_WrongLengths_ReturnsFalse(int publicKeyLength, int signatureLength)
    {
        var publicKey = DevKeys.AlicePublic.Concat(new byte[1]).Take(publicKeyLength).ToArray();
        var signature = AliceHelloSignature.Concat(new byte[] { 0x80 }).Take(signatureLength).ToArray();
        Sr25519Signature.Verify(publicKey, HelloSubstrate, signature).ShouldBeFalse();
    }

    // s + ℓ has the same value mod ℓ, so only the canonical-s rule rejects it (schnorrkel's ScalarFormatError).
    [Fact]
    public void Verify_NonCanonicalS_ReturnsFalse()
    {
        var signature = Alice.Value.Sign(HelloSubstrate);
        var s = signature[32..];
        s[31] &= 0x7f;
        var order = Scalar25519.Order.ToArray();
        var carry = 0;
        for (var i = 0; i < 32; i++)
        {
            var sum = s[i] + order[i] + carry;
            s[i] = (byte)sum;
            carry = sum >> 8;
        }

        s[31].ShouldBeLessThan((byte)0x80);
        s[31] |= 0x80;
        s.CopyTo(signature, 32);
        Sr25519Signature.Verify(Alice.Value.PublicKey, HelloSubstrate, signature).ShouldBeFalse();
    }

    [Fact]
    public void Verify_InvalidPublicKeyEncoding_ReturnsFalse()
    {
        var publicKey = Enumerable.Repeat((byte)0xff, 32).ToArray();
        Sr25519Signature.Verify(publicKey, HelloSubstrate, AliceHelloSignature).ShouldBeFalse();
    }

    // With A = identity, R = r·B and s = r satisfy s·B − k·A = R for any message: anyone could sign.
    [Fact]
    public void Verify_IdentityPublicKeyWithForgedSignature_ReturnsFalse()
    {
        var r = new byte[32];
        r[0] = 7;
        var signature = new byte[64];
        Ristretto255.MultiplyBase(r, signature.AsSpan(0, 32));
        r.CopyTo(signature, 32);
        signature[63] |= 0x80;
        Sr25519Signature.Verify(new byte[32], HelloSubstrate, signature).ShouldBeFalse();
    }

    [Fact]
    public void Verify_IdentityOrInvalidR_ReturnsFalse()
    {
        var identityR = (byte[])AliceHelloSignature.Clone();
        identityR.AsSpan(0, 32).Clear();
        Sr25519Signature.Verify(DevKeys.AlicePublic, HelloSubstrate, identityR).ShouldBeFalse();

        var invalidR = (byte[])AliceHelloSignature.Clone();
        invalidR.AsSpan(0, 32).Fill(0xff);
        Sr25519Signature.Verify(DevKeys.AlicePublic, HelloSubstrate, invalidR).ShouldBeFalse();
    }

    [Fact]
    public void Verify_AllZeroSignatureWithMarker_ReturnsFalse()
    {
        var signature = new byte[64];
        signature[63] = 0x80;
        Sr25519Signature.Verify(DevKeys.AlicePublic, HelloSubstrate, signature).ShouldBeFalse();
    }

    [Property(MaxTest = 50)]
    public bool SignThenVerify_RandomMessage_IsValid(byte[] message) =>
        Sr25519Signature.Verify(Alice.Value.PublicKey, message, Alice.Value.Sign(message));

    [Property(MaxTest = 50)]
    public Property SignThenVerify_TamperedMessage_IsInvalid(NonEmptyArray<byte> message, PositiveInt position, byte flip)
    {
        var bytes = message.Get;
        var signature = Alice.Value.Sign(bytes);
        var tampered = (byte[])bytes.Clone();
        tampered[position.Get % tampered.Length] ^= (byte)(flip | 1);
        return (!Sr25519Signature.Verify(Alice.Value.PublicKey, tampered, signature)).ToProperty();
    }

    [Property(MaxTest = 50)]
    public bool SignThenVerify_TamperedSignature_IsInvalid(byte[] message, PositiveInt position, byte flip)
    {
        var signature = Alice.Value.Sign(message);
        signature[position.Get % 64] ^= (byte)(flip | 1);
        return !Sr25519Signature.Verify(Alice.Value.PublicKey, message, signature);
    }
}
