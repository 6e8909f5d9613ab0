using Finney.Primitives.Crypto.Ed25519;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Primitives.Tests.Crypto.Ed25519;

public class Ed25519KeypairTests
{
    // Public keys from @polkadot/keyring (shared/research/substrate-compat.md appendix A).
    [Theory]
    [InlineData("", "0x345071da55e5dccefaaa440339415ef9f2663338a38f7da0df21be5ab4e055ef")]
    [InlineData("//Alice", "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee")]
    [InlineData("//Bob", "0xd17c2d7823ebf260fd138f2d7e27d114c0145d968b5ff5006125f2414fadae69")]
    [InlineData("//Alice//stash", "0x451781cd0c5504504f69ceec484cc66e4c22a2b6a9d20fb1a426d91ad074a2a8")]
    [InlineData("//0", "0xffe0b81700cedadde9debaf7e61292d80581d4a37896055ba25f491b96b25ee6")]
    public void FromUri_DevAccounts_MatchPolkadotJs(string path, string expectedPublic)
    {
        using var key = KeyPairs.FromUri(SecretUri.DevPhrase + path, KeyScheme.Ed25519);
        Hex.Encode(key.PublicKey).ShouldBe(expectedPublic);
    }

    [Fact]
    public void FromUri_AbandonAbout_MatchesPolkadotJs()
    {
        using var key = KeyPairs.FromUri("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", KeyScheme.Ed25519);
        Hex.Encode(key.PublicKey).ShouldBe("0x9125f505bdef2cb5825b9931769316d3e2f22150786489a04f39b434ec9fb294");
    }

    [Fact]
    public void Sign_AliceHelloSubstrate_MatchesPolkadotJsSignature()
    {
        using var alice = KeyPairs.FromUri("//Alice", KeyScheme.Ed25519);
        Hex.Encode(alice.Sign("hello substrate"u8)).ShouldBe(
            "0xc37b5a9024a0c8f3ae38eda3f4712e45f3220868c3bceeb3c63c9ab3f015754fe656878580239c8a86eeb5bfdcbf87160e6baa5e0798b5394b46b23d3d875c0b");
    }

    [Fact]
    public void Verify_TamperedMessageSignatureOrKey_Fails()
    {
        using var alice = KeyPairs.FromUri("//Alice", KeyScheme.Ed25519);
        using var bob = KeyPairs.FromUri("//Bob", KeyScheme.Ed25519);
        var signature = alice.Sign("message"u8);
        Ed25519Keypair.Verify(alice.PublicKey, "message"u8, signature).ShouldBeTrue();
        Ed25519Keypair.Verify(alice.PublicKey, "messagf"u8, signature).ShouldBeFalse();
        Ed25519Keypair.Verify(bob.PublicKey, "message"u8, signature).ShouldBeFalse();
        signature[10] ^= 1;
        Ed25519Keypair.Verify(alice.PublicKey, "message"u8, signature).ShouldBeFalse();
    }

    [Fact]
    public void Verify_WrongLengths_ReturnsFalse()
    {
        Ed25519Keypair.Verify(new byte[31], "m"u8, new byte[64]).ShouldBeFalse();
        Ed25519Keypair.Verify(new byte[32], "m"u8, new byte[63]).ShouldBeFalse();
    }

    [Fact]
    public void Derive_SoftJunction_IsRejected()
    {
        using var key = KeyPairs.FromUri("//Alice", KeyScheme.Ed25519);
        Should.Throw<NotSupportedException>(() => key.Derive(DeriveJunction.From("soft", isHard: false)));
    }

    [Fact]
    public void ExportSeed_AfterHardDerivation_IsTheDerivedSeed()
    {
        using var root = KeyPairs.FromUri(SecretUri.DevPhrase, KeyScheme.Ed25519);
        using var child = root.Derive(DeriveJunction.From("Alice", isHard: true));
        using var again = Ed25519Keypair.FromSeed(child.ExportSeed()!);
        again.PublicKey.ToArray().ShouldBe(child.PublicKey.ToArray());
        root.ExportSeed().ShouldBe(Mnemonic.ToMiniSecret(SecretUri.DevPhrase));
    }
}
