using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Tests.Hashing;

public class Blake2bTests
{
    private static readonly byte[] AlicePublic = Hex.Decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    [Fact]
    public void Hash128_AlicePublicKey_MatchesPolkadotJs() =>
        Hex.Encode(Blake2b.Hash128(AlicePublic)).ShouldBe("0xde1e86a9a8c739864cf3cc5ec2bea59f");

    [Fact]
    public void Hash256_AlicePublicKey_MatchesPolkadotJs() =>
        Hex.Encode(Blake2b.Hash256(AlicePublic)).ShouldBe("0x2e3fb4c297a84c5cebc0e78257d213d0927ccc7596044c6ba013dd05522aacba");

    // RFC 7693 appendix A: BLAKE2b-512("abc").
    [Fact]
    public void Hash512_Abc_MatchesRfc7693() =>
        Hex.Encode(Blake2b.Hash512("abc"u8)).ShouldBe(
            "0xba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");

    // Keyed vector from the BLAKE2 reference test suite (blake2b-kat.txt, empty input, key 00..3f).
    [Fact]
    public void Hash_KeyedEmptyInput_MatchesReferenceKat()
    {
        var key = Enumerable.Range(0, 64).Select(i => (byte)i).ToArray();
        Hex.Encode(Blake2b.Hash([], 64, key)).ShouldBe(
            "0x10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568");
    }

    [Fact]
    public void Hash_DigestLongerThan64_Throws() =>
        Should.Throw<ArgumentException>(() => Blake2b.Hash("x"u8, 65));
}
