using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Accounts;

public class Ss58Tests
{
    private static readonly byte[] Alice = Hex.Decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    // Addresses from @polkadot/util-crypto encodeAddress (shared/research/substrate-compat.md appendix A).
    [Theory]
    [InlineData(42, "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")]
    [InlineData(0, "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5")]
    [InlineData(2, "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F")]
    [InlineData(64, "cEaNSpz4PxFcZ7nT1VEKrKewH67rfx6MfcM6yKojyyPz7qaqp")]
    public void Encode_AliceUnderPrefix_MatchesPolkadotJs(ushort prefix, string expected) =>
        Ss58.Encode(Alice, prefix).ShouldBe(expected);

    [Theory]
    [InlineData(42)]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(13116)]
    [InlineData(16383)]
    public void Decode_OfEncode_ReturnsPayloadAndPrefix(ushort prefix)
    {
        Ss58.TryDecode(Ss58.Encode(Alice, prefix), out var payload, out var decodedPrefix).ShouldBeTrue();
        payload.ShouldBe(Alice);
        decodedPrefix.ShouldBe(prefix);
    }

    [Fact]
    public void Decode_33BytePayload_RoundTrips()
    {
        var ecdsaPublic = Hex.Decode("0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1");
        Ss58.TryDecode(Ss58.Encode(ecdsaPublic), out var payload, out _).ShouldBeTrue();
        payload.ShouldBe(ecdsaPublic);
    }

    [Theory]
    [InlineData("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ")] // last character changed: checksum fails
    [InlineData("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKut")] // truncated
    [InlineData("0GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")] // '0' is not base58
    [InlineData("")]
    [InlineData("1")]
    public void TryDecode_Malformed_ReturnsFalse(string address) =>
        Ss58.TryDecode(address, out _, out _).ShouldBeFalse();

    [Fact]
    public void Encode_PrefixAbove16383_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Ss58.Encode(Alice, 16384));

    [Fact]
    public void Decode_Malformed_ThrowsFormatExceptionNamingTheAddress() =>
        Should.Throw<FormatException>(() => Ss58.Decode("nonsense", out _)).Message.ShouldContain("nonsense");
}
