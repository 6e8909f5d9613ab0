using System.Globalization;
using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class CompactTests
{
    // Vectors from @polkadot/util compactToU8a (shared/research/substrate-compat.md appendix A), plus 2^128 - 1.
    public static TheoryData<string, string> Vectors => new()
    {
        { "0", "0x00" },
        { "1", "0x04" },
        { "42", "0xa8" },
        { "63", "0xfc" },
        { "64", "0x0101" },
        { "69", "0x1501" },
        { "16383", "0xfdff" },
        { "16384", "0x02000100" },
        { "65535", "0xfeff0300" },
        { "1000000000", "0x02286bee" },
        { "1073741823", "0xfeffffff" },
        { "1073741824", "0x0300000040" },
        { "4294967295", "0x03ffffffff" },
        { "4294967296", "0x070000000001" },
        { "1000000000000000000", "0x13000064a7b3b6e00d" },
        { "340282366920938463463374607431768211455", "0x33ffffffffffffffffffffffffffffffff" },
    };

    // Each mode's last value and the next one, which needs the next mode or one more big-integer byte
    // (the boundaries of the one-, two- and four-byte modes are already among the vectors above).
    public static TheoryData<string, string> Boundaries => new()
    {
        { "1099511627775", "0x07ffffffffff" },
        { "1099511627776", "0x0b000000000001" },
        { "72057594037927935", "0x0fffffffffffffff" },
        { "72057594037927936", "0x130000000000000001" },
        { "18446744073709551615", "0x13ffffffffffffffff" },
        { "18446744073709551616", "0x17000000000000000001" },
        { "1329227995784915872903807060280344575", "0x2fffffffffffffffffffffffffffffff" },
        { "1329227995784915872903807060280344576", "0x3300000000000000000000000000000001" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    [MemberData(nameof(Boundaries))]
    public void Encode_KnownValue_MatchesPolkadotJs(string value, string expected) =>
        Hex.Encode(Compact.Encode(Parse(value))).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Vectors))]
    [MemberData(nameof(Boundaries))]
    public void ReadCompactU128_KnownEncoding_ReturnsValueAndConsumesAll(string value, string encoded)
    {
        var reader = new ScaleReader(Hex.Decode(encoded));

        reader.ReadCompactU128().ShouldBe(Parse(value));
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    [MemberData(nameof(Boundaries))]
    public void EncodedLength_KnownValue_EqualsEncodingLength(string value, string encoded) =>
        Compact.EncodedLength(Parse(value)).ShouldBe(Hex.Decode(encoded).Length);

    [Theory]
    [InlineData(0UL, "0x00")]
    [InlineData(63UL, "0xfc")]
    [InlineData(16384UL, "0x02000100")]
    [InlineData(4294967296UL, "0x070000000001")]
    [InlineData(ulong.MaxValue, "0x13ffffffffffffffff")]
    public void ReadCompactU64_KnownEncoding_ReturnsValue(ulong value, string encoded)
    {
        var reader = new ScaleReader(Hex.Decode(encoded));

        reader.ReadCompactU64().ShouldBe(value);
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0U, "0x00")]
    [InlineData(69U, "0x1501")]
    [InlineData(1073741823U, "0xfeffffff")]
    [InlineData(1073741824U, "0x0300000040")]
    [InlineData(uint.MaxValue, "0x03ffffffff")]
    public void ReadCompactU32_KnownEncoding_ReturnsValue(uint value, string encoded)
    {
        var reader = new ScaleReader(Hex.Decode(encoded));

        reader.ReadCompactU32().ShouldBe(value);
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Fact]
    public void EncodeUlong_EqualsEncodeUInt128ForSameValue()
    {
        Span<byte> narrow = stackalloc byte[9];
        foreach (var value in new ulong[] { 0, 63, 64, 16383, 16384, 1u << 30, uint.MaxValue, 1UL << 32, 1UL << 56, ulong.MaxValue })
        {
            var written = Compact.Encode(value, narrow);

            Hex.Encode(narrow[..written]).ShouldBe(Hex.Encode(Compact.Encode((UInt128)value)));
            Compact.EncodedLength(value).ShouldBe(written);
        }
    }

    [Fact]
    public void Encode_DestinationTooShort_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => Compact.Encode(16384UL, new byte[3]));

    [Fact]
    public void Encode_BigValueDestinationTooShort_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => Compact.Encode(UInt128.MaxValue, new byte[16]));

    [Fact]
    public void MaxLength_IsLengthOfLargestValue() =>
        Compact.EncodedLength(UInt128.MaxValue).ShouldBe(Compact.MaxLength);

    private static UInt128 Parse(string value) => UInt128.Parse(value, CultureInfo.InvariantCulture);
}
