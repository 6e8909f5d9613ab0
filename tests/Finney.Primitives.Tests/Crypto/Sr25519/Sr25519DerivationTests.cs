using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Crypto.Sr25519;

public class Sr25519DerivationTests
{
    [Fact]
    public void HardDerive_Alice_MatchesDevAccount()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var alice = root.HardDerive(DevKeys.AliceChainCode);
        alice.PublicKey.ToArray().ShouldBe(DevKeys.AlicePublic);
    }

    [Fact]
    public void HardDerive_Bob_MatchesDevAccount()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var bob = root.HardDerive(DevKeys.BobChainCode);
        bob.PublicKey.ToArray().ShouldBe(DevKeys.BobPublic);
    }

    // @scure/sr25519 HDKD secretHard: the full exported secret of //Alice, nonce seed included.
    [Fact]
    public void HardDerive_Alice_SecretMatchesScure()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var alice = root.HardDerive(DevKeys.AliceChainCode);
        Hex.EncodeBare(alice.ToEd25519Bytes()).ShouldBe(
            "98319d4ff8a9508c4bb0cf0b5a78d760a0b2082c02775e6e82370816fedfff48925a225d97aa00682d6a59b95b18780c10d7032336e88f3442b42361f4a66011");
    }

    [Fact]
    public void HardDerive_AliceThenStash_MatchesPolkadotJs()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var alice = root.HardDerive(DevKeys.AliceChainCode);
        using var stash = alice.HardDerive(DevKeys.StashChainCode);
        Hex.EncodeBare(stash.PublicKey).ShouldBe("be5ddb1579b72e84524fc29e78609e3caf42e85aa118ebfe0b0ad404b5bdd25f");
    }

    [Fact]
    public void HardDerive_NumericZero_MatchesPolkadotJs()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var zero = root.HardDerive(DevKeys.ZeroChainCode);
        Hex.EncodeBare(zero.PublicKey).ShouldBe("2afba9278e30ccf6a6ceb3a8b6e336b70068f045c666f2e7f4f9cc5f47db8972");
    }

    [Fact]
    public void SoftDerive_AliceSoft_MatchesPolkadotJs()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var alice = root.HardDerive(DevKeys.AliceChainCode);
        using var soft = alice.SoftDerive(DevKeys.SoftChainCode);
        Hex.EncodeBare(soft.PublicKey).ShouldBe("02cfd83074aefc9955af4034d19b3780d47a52e158ababec8ec012b2295f1c5b");
    }

    [Fact]
    public void SoftDerivePublic_AliceSoft_MatchesPolkadotJs() =>
        Hex.EncodeBare(Sr25519PublicKey.SoftDerive(DevKeys.AlicePublic, DevKeys.SoftChainCode))
            .ShouldBe("02cfd83074aefc9955af4034d19b3780d47a52e158ababec8ec012b2295f1c5b");

    // sp-core compatibility_test derive_soft_known_pair_should_work: DEV_PHRASE/Alice.
    [Fact]
    public void SoftDerive_DevPhraseSoftAlice_MatchesSpCore()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var soft = root.SoftDerive(DevKeys.AliceChainCode);
        Hex.EncodeBare(soft.PublicKey).ShouldBe("d6c71059dbbe9ad2b0ed3f289738b800836eb425544ce694825285b958ca755e");
    }

    // @scure/sr25519 HDKD secretSoft with zero randomness: scalar and nonce seed both match.
    [Fact]
    public void SoftDerive_FixedRandomness_SecretMatchesScure()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var derived = root.SoftDerive(DevKeys.ChainCode("0c666f6f00000000000000000000000000000000000000000000000000000000"), new byte[32]);
        Hex.EncodeBare(derived.PublicKey).ShouldBe("40b9675df90efa6069ff623b0fdfcf706cd47ca7452a5056c7ad58194d23440a");
        Hex.EncodeBare(derived.ToEd25519Bytes()).ShouldBe(
            "881a05a29a64c5e65982a58658f9af14a6bdaff9780e7d8ed20074cb4ce6c673b6b70c912fe74e0dfdbb5cb0fbb3a9cf2f1c3296209984792b320e96cfbab888");
    }

    [Fact]
    public void SoftDerivePublic_Foo_MatchesScure() =>
        Hex.EncodeBare(Sr25519PublicKey.SoftDerive(DevKeys.DevPublic, DevKeys.ChainCode("0c666f6f00000000000000000000000000000000000000000000000000000000")))
            .ShouldBe("40b9675df90efa6069ff623b0fdfcf706cd47ca7452a5056c7ad58194d23440a");

    // Substrate draws a fresh nonce seed per soft derivation: same public key, different nonce seeds.
    [Fact]
    public void SoftDerive_FreshRandomness_SamePublicDifferentNonce()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var a = root.SoftDerive(DevKeys.SoftChainCode);
        using var b = root.SoftDerive(DevKeys.SoftChainCode);
        a.PublicKey.ToArray().ShouldBe(b.PublicKey.ToArray());
        a.SecretKey.ToBytes().AsSpan(0, 32).ToArray().ShouldBe(b.SecretKey.ToBytes().AsSpan(0, 32).ToArray());
        a.SecretKey.ToBytes().AsSpan(32).ToArray().ShouldNotBe(b.SecretKey.ToBytes().AsSpan(32).ToArray());
    }

    [Fact]
    public void SoftDerive_ChildKey_SignaturesVerifyAgainstPublicDerivation()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var child = root.SoftDerive(DevKeys.SoftChainCode);
        var signature = child.Sign("child"u8);
        Sr25519Signature.Verify(Sr25519PublicKey.SoftDerive(root.PublicKey, DevKeys.SoftChainCode), "child"u8, signature).ShouldBeTrue();
    }

    [Fact]
    public void HardDerive_DifferentChainCodes_GiveDifferentKeys()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        using var a = root.HardDerive(DevKeys.AliceChainCode);
        using var b = root.HardDerive(DevKeys.StashChainCode);
        a.PublicKey.ToArray().ShouldNotBe(b.PublicKey.ToArray());
    }

    [Fact]
    public void Derive_ChainCodeNot32Bytes_Throws()
    {
        using var root = Sr25519Keypair.FromMiniSecret(DevKeys.DevMiniSecret);
        Should.Throw<ArgumentException>(() => root.HardDerive(new byte[31]));
        Should.Throw<ArgumentException>(() => root.SoftDerive(new byte[33]));
        Should.Throw<ArgumentException>(() => Sr25519PublicKey.SoftDerive(DevKeys.DevPublic, new byte[16]));
    }

    [Fact]
    public void SoftDerivePublic_InvalidPoint_Throws()
    {
        var invalid = Enumerable.Repeat((byte)0xff, 32).ToArray();
        Should.Throw<ArgumentException>(() => Sr25519PublicKey.SoftDerive(invalid, DevKeys.SoftChainCode));
    }
}
