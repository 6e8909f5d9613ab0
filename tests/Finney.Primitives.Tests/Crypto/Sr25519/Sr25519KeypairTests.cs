using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Crypto.Sr25519;

public class Sr25519KeypairTests
{
    [Fact]
    public void FromMiniSecret_DevPhraseSeed_MatchesPolkadotJsPublicKey()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        pair.PublicKey.ToArray().ShouldBe(DevKeys.DevPublic);
    }

    [Fact]
    public void FromMiniSecret_AbandonAboutSeed_MatchesPolkadotJsPublicKey()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(Hex.Decode("4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2"));
        Hex.EncodeBare(pair.PublicKey).ShouldBe("66933bd1f37070ef87bd1198af3dacceb095237f803f3d32b173e6b425ed7972");
    }

    // sp-core sr25519 tests: sr_test_vector_should_work and seeded_pair_should_work.
    [Theory]
    [InlineData("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "44a996beb1eef7bdcab976ab6d2ca26104834164ecf28fb375600576fcc6eb0f")]
    [InlineData("3132333435363738393031323334353637383930313233343536373839303132", "741c08a06f41c596608f6774259bd9043304adfa5d3eea62760bd9be97634d63")]
    public void FromMiniSecret_SpCoreSeeds_MatchSpCorePublicKeys(string seed, string expectedPublic)
    {
        using var pair = Sr25519Keypair.FromMiniSecret(Hex.Decode(seed));
        Hex.EncodeBare(pair.PublicKey).ShouldBe(expectedPublic);
    }

    // schnorrkel's from_ed25519_bytes doc example: the dev seed's exported secret (scalar·8 ‖ nonce).
    [Fact]
    public void ToEd25519Bytes_DevSeed_MatchesSchnorrkelExport()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        Hex.EncodeBare(pair.ToEd25519Bytes()).ShouldBe(
            "28b0ae221c6bb06856b287f60d7ea0d98552ea5a16db16956849aa371db3eb51fd190cce74df356432b410bd64682309d6dedb27c76845daf388557cbac3ca34");
    }

    [Fact]
    public void FromEd25519Bytes_Exported_RoundTripsKeyAndPublic()
    {
        using var original = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var restored = Sr25519Keypair.FromEd25519Bytes(original.ToEd25519Bytes());
        restored.PublicKey.ToArray().ShouldBe(DevKeys.DevPublic);
        restored.SecretKey.ToBytes().ShouldBe(original.SecretKey.ToBytes());
    }

    [Fact]
    public void SecretKeyToBytes_IsScalarAndNonce_RoundTripsThroughFromBytes()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        var raw = pair.SecretKey.ToBytes();
        using var key = Sr25519SecretKey.FromBytes(raw);
        key.GetPublicKey().ShouldBe(DevKeys.DevPublic);
        raw.AsSpan(32).ToArray().ShouldBe(pair.ToEd25519Bytes().AsSpan(32).ToArray());
    }

    [Fact]
    public void FromBytes_ScalarNotReduced_Throws()
    {
        var bytes = new byte[64];
        bytes.AsSpan(0, 32).Fill(0xff);
        bytes[31] = 0x1f;
        Should.Throw<ArgumentException>(() => Sr25519SecretKey.FromBytes(bytes));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    public void FromMiniSecret_WrongLength_Throws(int length) =>
        Should.Throw<ArgumentException>(() => Sr25519Keypair.FromMiniSecret(new byte[length]));

    [Fact]
    public void FromEd25519Bytes_WrongLength_Throws() =>
        Should.Throw<ArgumentException>(() => Sr25519Keypair.FromEd25519Bytes(new byte[63]));

    [Fact]
    public void FromSecretKey_CopiesTheKey_OriginalSurvivesPairDisposal()
    {
        using var key = Sr25519SecretKey.FromMiniSecret(DevKeys.DevMiniSecret);
        using (var pair = Sr25519Keypair.FromSecretKey(key))
        {
            pair.PublicKey.ToArray().ShouldBe(DevKeys.DevPublic);
        }

        key.GetPublicKey().ShouldBe(DevKeys.DevPublic);
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var pair = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        pair.Dispose();
        Should.Throw<ObjectDisposedException>(() => pair.Sign("x"u8.ToArray()));
        Should.Throw<ObjectDisposedException>(() => pair.SecretKey.ToBytes());
    }
}
