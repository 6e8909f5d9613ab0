using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Conformance.Tests;

/// <summary>
/// Our signatures must verify in polkadot.js and theirs here, for all three schemes; a tampered message,
/// signature or signer must fail on both sides.
/// </summary>
public class SignatureConformanceTests(JsOracleFixture fixture) : IClassFixture<JsOracleFixture>
{
    private readonly JsOracle _js = fixture.Oracle;

    public static TheoryData<KeyScheme> Schemes => [KeyScheme.Sr25519, KeyScheme.Ed25519, KeyScheme.Ecdsa];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void OurSignatures_VerifyInPolkadotJs_AndTamperedOnesDoNot(KeyScheme scheme)
    {
        var random = new Random(7 + (int)scheme);
        for (var i = 0; i < 25; i++)
        {
            var uri = "//" + RandomUris.Name(random) + RandomUris.Path(random, scheme == KeyScheme.Sr25519);
            using var key = KeyPairs.FromUri(uri, scheme);
            var message = RandomMessage(random);
            var signature = key.Sign(message);
            var address = key.AccountId.ToSs58();
            JsVerifies(message, signature, address).ShouldBeTrue($"{scheme} signature by '{uri}' over {Hex.Encode(message)}");

            var tamperedMessage = (byte[])message.Clone();
            tamperedMessage[random.Next(message.Length)] ^= (byte)(1 << random.Next(8));
            JsVerifies(tamperedMessage, signature, address).ShouldBeFalse("tampered message");

            var tamperedSignature = (byte[])signature.Clone();
            tamperedSignature[random.Next(64)] ^= (byte)(1 << random.Next(8));
            JsVerifies(message, tamperedSignature, address).ShouldBeFalse("tampered signature");

            using var other = KeyPairs.FromUri(uri + "//other", scheme);
            JsVerifies(message, signature, other.AccountId.ToSs58()).ShouldBeFalse("another signer");
        }
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void PolkadotJsSignatures_VerifyHere_AndTamperedOnesDoNot(KeyScheme scheme)
    {
        var random = new Random(11 + (int)scheme);
        for (var i = 0; i < 25; i++)
        {
            var uri = "//" + RandomUris.Name(random) + RandomUris.Path(random, scheme == KeyScheme.Sr25519);
            using var key = KeyPairs.FromUri(uri, scheme);
            var message = RandomMessage(random);
            var signature = Hex.Decode(_js.AskString(new { op = "sign", uri, scheme = KeyDerivationConformanceTests.Name(scheme), message = Hex.Encode(message) }));
            Signatures.Verify(scheme, key.PublicKey, message, signature).ShouldBeTrue($"{scheme} polkadot.js signature by '{uri}'");

            if (scheme != KeyScheme.Sr25519)
            {
                // ed25519 (RFC 8032) and ecdsa (RFC 6979) are deterministic: the bytes must be identical.
                Hex.Encode(key.Sign(message)).ShouldBe(Hex.Encode(signature));
            }

            var tampered = (byte[])message.Clone();
            tampered[0] ^= 0x80;
            Signatures.Verify(scheme, key.PublicKey, tampered, signature).ShouldBeFalse();
            signature[^2] ^= 0x01;
            Signatures.Verify(scheme, key.PublicKey, message, signature).ShouldBeFalse();
        }
    }

    private bool JsVerifies(byte[] message, byte[] signature, string address) =>
        _js.AskBool(new { op = "verify", message = Hex.Encode(message), signature = Hex.Encode(signature), address });

    // Lengths around Substrate's 256-byte payload rule, and empty messages.
    private static byte[] RandomMessage(Random random)
    {
        var message = new byte[random.Next(4) switch { 0 => 1, 1 => 32, 2 => 256, _ => random.Next(1, 600) }];
        random.NextBytes(message);
        return message;
    }
}
