using System.Security.Cryptography;
using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Tests.Hashing;

public class KeccakTests
{
    [Fact]
    public void Keccak256_Empty_MatchesEthereumVector() =>
        Hex.EncodeBare(Keccak256.Hash([])).ShouldBe("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");

    [Fact]
    public void Keccak256_Abc_MatchesKnownVector() =>
        Hex.EncodeBare(Keccak256.Hash("abc"u8)).ShouldBe("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");

    [Fact]
    public void Sha3_256_Empty_MatchesFips202Vector() =>
        Hex.EncodeBare(Sha3_256.Hash([])).ShouldBe("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");

    [Fact]
    public void Sha3_256_Abc_MatchesFips202Vector() =>
        Hex.EncodeBare(Sha3_256.Hash("abc"u8)).ShouldBe("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");

    // FIPS 202 example: SHA3-256 of 200 bytes of 0xa3 (two absorbed blocks).
    [Fact]
    public void Sha3_256_200BytesOfA3_MatchesFips202Example() =>
        Hex.EncodeBare(Sha3_256.Hash(Enumerable.Repeat((byte)0xa3, 200).ToArray())).ShouldBe(
            "79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(200)]
    [InlineData(272)]
    [InlineData(1000)]
    public void Sha3_256_BlockBoundaryLengths_MatchesDotNet(int length)
    {
        // .NET's SHA3 comes from the OS crypto library; without it there is nothing to compare against.
        if (!SHA3_256.IsSupported)
        {
            return;
        }

        var data = Enumerable.Range(0, length).Select(i => (byte)(i * 7 + 3)).ToArray();
        Sha3_256.Hash(data).ShouldBe(SHA3_256.HashData(data));
    }

    // The two paddings differ only in the domain byte, so equal inputs must give different digests.
    [Fact]
    public void Keccak256_SameInput_DiffersFromSha3() =>
        Keccak256.Hash("abc"u8).ShouldNotBe(Sha3_256.Hash("abc"u8));

    [Fact]
    public void Keccak256_SpanOverload_MatchesArrayOverload()
    {
        var data = new byte[136];
        Span<byte> output = stackalloc byte[32];
        Keccak256.Hash(data, output);
        output.ToArray().ShouldBe(Keccak256.Hash(data));
    }

    [Fact]
    public void Keccak256_OutputNot32Bytes_Throws() =>
        Should.Throw<ArgumentException>(() => Keccak256.Hash([], new byte[31]));

    // Keccak-f[1600] applied to the all-zero state (XKCP KeccakF-1600-IntermediateValues.txt, first lanes).
    [Fact]
    public void Permute_ZeroState_MatchesReferenceIntermediateValues()
    {
        var state = new ulong[25];
        KeccakF1600.Permute(state);
        state[0].ShouldBe(0xF1258F7940E1DDE7UL);
        state[1].ShouldBe(0x84D5CCF933C0478AUL);
        state[24].ShouldBe(0xEAF1FF7B5CECA249UL);
    }

    [Fact]
    public void Permute_WrongLaneCount_Throws() =>
        Should.Throw<ArgumentException>(() => KeccakF1600.Permute(new ulong[24]));
}
