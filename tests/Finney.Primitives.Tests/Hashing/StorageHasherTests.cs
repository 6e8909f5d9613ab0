using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Tests.Hashing;

public class StorageHasherTests
{
    private static readonly byte[] Alice = Hex.Decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    [Fact]
    public void Blake2_128Concat_AliceAccount_MatchesSystemAccountKeySuffix() =>
        Hex.Encode(StorageHasher.Blake2_128Concat.Hash(Alice)).ShouldBe(
            "0xde1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    [Fact]
    public void SystemAccountKey_OfAlice_MatchesPolkadotJs()
    {
        byte[] key = [.. Twox.Hash128("System"), .. Twox.Hash128("Account"), .. StorageHasher.Blake2_128Concat.Hash(Alice)];
        Hex.Encode(key).ShouldBe(
            "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    }

    [Fact]
    public void Twox64Concat_NetUid1_MatchesPolkadotJs() =>
        Hex.Encode(StorageHasher.Twox64Concat.Hash([1, 0])).ShouldBe("0xf1577fbf1d628fdd0100");

    [Fact]
    public void Identity_NetworksAdded1_IsTheEncodedKey()
    {
        byte[] key = [.. Twox.Hash128("SubtensorModule"), .. Twox.Hash128("NetworksAdded"), .. StorageHasher.Identity.Hash([1, 0])];
        Hex.Encode(key).ShouldBe("0x658faa385070e074c85bf6b568cf05550e30450fc4d507a846032a7fa65d9a430100");
    }

    [Theory]
    [InlineData(StorageHasher.Blake2_128, 16)]
    [InlineData(StorageHasher.Blake2_256, 32)]
    [InlineData(StorageHasher.Blake2_128Concat, 48)]
    [InlineData(StorageHasher.Twox128, 16)]
    [InlineData(StorageHasher.Twox256, 32)]
    [InlineData(StorageHasher.Twox64Concat, 40)]
    [InlineData(StorageHasher.Identity, 32)]
    public void Hash_Of32ByteKey_HasTheHashersLength(StorageHasher hasher, int length) =>
        hasher.Hash(Alice).Length.ShouldBe(length);

    [Fact]
    public void Blake2_256AndTwox256_AreTheFullHashes()
    {
        StorageHasher.Blake2_256.Hash(Alice).ShouldBe(Blake2b.Hash256(Alice));
        StorageHasher.Twox256.Hash("System"u8).ShouldBe(Twox.Hash256("System"u8));
    }

    [Fact]
    public void Hash_WrongOutputLength_Throws() =>
        Should.Throw<ArgumentException>(() => StorageHasher.Twox64Concat.Hash(Alice, new byte[8]));
}
