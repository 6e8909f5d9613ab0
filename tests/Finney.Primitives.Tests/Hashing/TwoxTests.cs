using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Tests.Hashing;

public class TwoxTests
{
    // Vectors from @polkadot/util-crypto xxhashAsHex (shared/research/substrate-compat.md appendix A).
    [Theory]
    [InlineData("System", "0x26aa394eea5630e07c48ae0c9558cef7")]
    [InlineData("Account", "0xb99d880ec681799c0cf30e8886371da9")]
    [InlineData("Events", "0x80d41e5e16056765bc8461851072c9d7")]
    [InlineData("Number", "0x02a5c1b19ab7a04f536c519aca4983ac")]
    [InlineData("Balances", "0xc2261276cc9d1f8598ea4b6a74b15c2f")]
    [InlineData("TotalIssuance", "0x57c875e4cff74148e4628f264b974c80")]
    [InlineData("SubtensorModule", "0x658faa385070e074c85bf6b568cf0555")]
    public void Hash128_StorageNames_MatchPolkadotJs(string name, string expected) =>
        Hex.Encode(Twox.Hash128(name)).ShouldBe(expected);

    [Fact]
    public void Hash64_System_MatchesPolkadotJs() =>
        Hex.Encode(Twox.Hash64("System"u8)).ShouldBe("0x26aa394eea5630e0");

    [Fact]
    public void Hash256_System_MatchesPolkadotJs() =>
        Hex.Encode(Twox.Hash256("System"u8)).ShouldBe("0x26aa394eea5630e07c48ae0c9558cef714355510e01e85b83bb4d561945dad84");

    [Fact]
    public void Hash_OutputOfOddLength_Throws() =>
        Should.Throw<ArgumentException>(() => Twox.Hash("x"u8, new byte[12]));
}
