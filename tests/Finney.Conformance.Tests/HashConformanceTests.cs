using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Conformance.Tests;

/// <summary>Hashes of random inputs must equal @polkadot/util-crypto's.</summary>
public class HashConformanceTests(JsOracleFixture fixture) : IClassFixture<JsOracleFixture>
{
    private readonly JsOracle _js = fixture.Oracle;

    public static TheoryData<int> Lengths => [0, 1, 31, 32, 33, 127, 128, 129, 135, 136, 137, 1000];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Blake2AndTwox_RandomData_MatchPolkadotJs(int length)
    {
        var data = RandomBytes(length);
        var hex = Hex.Encode(data);
        Hex.Encode(Blake2b.Hash128(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "blake2", data = hex, bits = 128 }));
        Hex.Encode(Blake2b.Hash256(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "blake2", data = hex, bits = 256 }));
        Hex.Encode(Blake2b.Hash512(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "blake2", data = hex, bits = 512 }));
        Hex.Encode(Twox.Hash64(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "twox", data = hex, bits = 64 }));
        Hex.Encode(Twox.Hash128(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "twox", data = hex, bits = 128 }));
        Hex.Encode(Twox.Hash256(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "twox", data = hex, bits = 256 }));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void KeccakAndSha256_RandomData_MatchPolkadotJs(int length)
    {
        var data = RandomBytes(length);
        var hex = Hex.Encode(data);
        Hex.Encode(Keccak256.Hash(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "keccak", data = hex }));
        Hex.Encode(System.Security.Cryptography.SHA256.HashData(data)).ShouldBe(_js.AskString(new { op = "hash", algorithm = "sha256", data = hex }));
    }

    private static byte[] RandomBytes(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        return data;
    }
}
