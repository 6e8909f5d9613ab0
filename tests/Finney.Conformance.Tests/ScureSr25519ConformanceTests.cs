using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Conformance.Tests;

/// <summary>
/// @scure/sr25519 is an independent implementation (its own Merlin, STROBE and Ristretto): given the same
/// randomness it must produce our exact signature bytes, and its derivations must equal ours.
/// </summary>
public class ScureSr25519ConformanceTests(JsOracleFixture fixture) : IClassFixture<JsOracleFixture>
{
    private readonly JsOracle _js = fixture.Oracle;

    [Fact]
    public void Sign_SameRandomness_GivesIdenticalSignatures()
    {
        var random = new Random(3);
        for (var i = 0; i < 30; i++)
        {
            var miniSecret = Bytes(random, 32);
            var randomness = Bytes(random, 32);
            var message = Bytes(random, random.Next(0, 300));
            using var key = Sr25519Keypair.FromMiniSecret(miniSecret);
            var ours = key.Sign(message, Sr25519Signature.SubstrateContext, randomness);
            var theirs = _js.AskString(new { op = "scureSign", miniSecret = Hex.Encode(miniSecret), message = Hex.Encode(message), random = Hex.Encode(randomness) });
            Hex.Encode(ours).ShouldBe(theirs);
            Hex.Encode(key.PublicKey).ShouldBe(_js.AskString(new { op = "scurePublic", miniSecret = Hex.Encode(miniSecret) }));
        }
    }

    [Fact]
    public void Verify_BothWays_AgreesOnValidAndTampered()
    {
        var random = new Random(5);
        for (var i = 0; i < 30; i++)
        {
            var miniSecret = Bytes(random, 32);
            var message = Bytes(random, random.Next(1, 300));
            using var key = Sr25519Keypair.FromMiniSecret(miniSecret);
            var publicKey = Hex.Encode(key.PublicKey);
            var ours = key.Sign(message);
            _js.AskBool(new { op = "scureVerify", publicKey, message = Hex.Encode(message), signature = Hex.Encode(ours) }).ShouldBeTrue();

            var theirs = Hex.Decode(_js.AskString(new { op = "scureSign", miniSecret = Hex.Encode(miniSecret), message = Hex.Encode(message) }));
            Sr25519Signature.Verify(key.PublicKey, message, theirs).ShouldBeTrue();

            ours[random.Next(64)] ^= (byte)(1 << random.Next(8));
            var jsVerdict = _js.AskBool(new { op = "scureVerify", publicKey, message = Hex.Encode(message), signature = Hex.Encode(ours) });
            jsVerdict.ShouldBe(Sr25519Signature.Verify(key.PublicKey, message, ours));
            jsVerdict.ShouldBeFalse();
        }
    }

    [Fact]
    public void Derivation_HardAndSoft_MatchScure()
    {
        var random = new Random(9);
        for (var i = 0; i < 30; i++)
        {
            var miniSecret = Bytes(random, 32);
            var chainCode = DeriveJunction.ChainCodeOf(RandomUris.Name(random));
            using var key = Sr25519Keypair.FromMiniSecret(miniSecret);
            using var hard = key.HardDerive(chainCode);
            Hex.Encode(hard.PublicKey).ShouldBe(_js.AskString(new { op = "scureHardPublic", miniSecret = Hex.Encode(miniSecret), chainCode = Hex.Encode(chainCode) }));
            Hex.Encode(Sr25519PublicKey.SoftDerive(key.PublicKey, chainCode))
                .ShouldBe(_js.AskString(new { op = "scureSoftPublic", publicKey = Hex.Encode(key.PublicKey), chainCode = Hex.Encode(chainCode) }));
        }
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
