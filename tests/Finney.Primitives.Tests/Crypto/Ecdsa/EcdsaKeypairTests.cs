using Finney.Primitives.Crypto.Ecdsa;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Primitives.Tests.Crypto.Ecdsa;

public class EcdsaKeypairTests
{
    // Compressed keys and accounts from @polkadot/keyring (appendix A of the research note).
    [Theory]
    [InlineData("", "0x035b26108e8b97479c547da4860d862dc08ab2c29ada449c74d5a9a58a6c46a8c4", "0xbc9539b36a87a586b1aa20fbe23a1db3ef3edcd65b44a2dc4444cc552687633f")]
    [InlineData("//Alice", "0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1", "0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed")]
    [InlineData("//Bob", "0x0390084fdbf27d2b79d26a4f13f0ccd982cb755a661969143c37cbc49ef5b91f27", "0x3f6eaf1be5add88d84ca8b02d350074935dbf04f53f4287cb6abfd6b33413f8f")]
    [InlineData("//Alice//stash", "0x03c6a1c2194fa966d30bc4b9c4d5140e9a899d456372dae0e4ef230fd7d2197e72", "0x0dcdff87f204fcf502c4cdd417ca73df9d06bf640d2f50af5fbe8225fe026b4b")]
    [InlineData("//0", "0x0356d97b3f7456436b315d53bc22f39414ed493db5d76d2edc2ce30a09c7ed9117", "0x6d8ad485862bd3c7d988c2401fde78a5e241e53cc4a7b2b11881a4e8f8e489e7")]
    public void FromUri_DevAccounts_MatchPolkadotJs(string path, string expectedPublic, string expectedAccount)
    {
        using var key = KeyPairs.FromUri(SecretUri.DevPhrase + path, KeyScheme.Ecdsa);
        Hex.Encode(key.PublicKey).ShouldBe(expectedPublic);
        key.AccountId.ToHex().ShouldBe(expectedAccount);
    }

    [Fact]
    public void Sign_ThenVerifyAndRecover_Succeed()
    {
        using var alice = KeyPairs.FromUri("//Alice", KeyScheme.Ecdsa);
        var signature = alice.Sign("hello substrate"u8);
        signature.Length.ShouldBe(65);
        signature[64].ShouldBeLessThanOrEqualTo((byte)1);
        EcdsaKeypair.Verify(alice.PublicKey, "hello substrate"u8, signature).ShouldBeTrue();
        EcdsaKeypair.VerifyForAccount(alice.AccountId, "hello substrate"u8, signature).ShouldBeTrue();
        EcdsaKeypair.TryRecover("hello substrate"u8, signature, out var recovered).ShouldBeTrue();
        recovered.ShouldBe(alice.PublicKey.ToArray());
    }

    [Fact]
    public void Sign_IsDeterministic() =>
        KeyPairs.FromUri("//Alice", KeyScheme.Ecdsa).Sign("x"u8).ShouldBe(KeyPairs.FromUri("//Alice", KeyScheme.Ecdsa).Sign("x"u8));

    [Fact]
    public void Verify_TamperedOrWrongSigner_Fails()
    {
        using var alice = KeyPairs.FromUri("//Alice", KeyScheme.Ecdsa);
        using var bob = KeyPairs.FromUri("//Bob", KeyScheme.Ecdsa);
        var signature = alice.Sign("message"u8);
        EcdsaKeypair.Verify(bob.PublicKey, "message"u8, signature).ShouldBeFalse();
        EcdsaKeypair.Verify(alice.PublicKey, "messagf"u8, signature).ShouldBeFalse();
        var badRecoveryId = (byte[])signature.Clone();
        badRecoveryId[64] = 4;
        EcdsaKeypair.Verify(alice.PublicKey, "message"u8, badRecoveryId).ShouldBeFalse();
        EcdsaKeypair.Verify(alice.PublicKey, "message"u8, signature.AsSpan(0, 64)).ShouldBeFalse();
        var flipped = (byte[])signature.Clone();
        flipped[5] ^= 0x40;
        EcdsaKeypair.Verify(alice.PublicKey, "message"u8, flipped).ShouldBeFalse();
    }

    [Fact]
    public void FromSeed_ZeroOrOutOfRange_Throws()
    {
        Should.Throw<ArgumentException>(() => EcdsaKeypair.FromSeed(new byte[32]));
        Should.Throw<ArgumentException>(() => EcdsaKeypair.FromSeed(Enumerable.Repeat((byte)0xff, 32).ToArray()));
    }
}
