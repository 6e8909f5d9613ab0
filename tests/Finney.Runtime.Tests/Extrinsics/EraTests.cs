using Finney.Primitives.Encoding;
using Finney.Runtime.Extrinsics;
using FsCheck.Xunit;

namespace Finney.Runtime.Tests.Extrinsics;

public sealed class EraTests
{
    [Theory]
    [InlineData(32ul, 1ul, "0x1400")]
    [InlineData(64ul, 1000ul, "0x8502")]
    [InlineData(128ul, 6_553_223ul, "0x7600")]
    [InlineData(2400ul, 6_553_223ul, "0x7be8")]
    public void Mortal_EncodesAsTheVector(ulong period, ulong current, string expected)
    {
        var era = Era.Mortal(period, current);
        Hex.Encode(era.Encode()).ShouldBe(expected);
        Era.Type.Decode(Hex.Decode(expected)).ShouldBe(era);
    }

    [Fact]
    public void Immortal_IsOneZeroByte_BornAtGenesis_NeverDies()
    {
        Era.Immortal.Encode().ShouldBe([0]);
        Era.Immortal.Birth(12345).ShouldBe(0ul);
        Era.Immortal.Death(12345).ShouldBe(ulong.MaxValue);
    }

    [Fact]
    public void Mortal_BirthAndDeath_BracketTheCurrentBlock()
    {
        var era = Era.Mortal(64, 1000);
        era.Period.ShouldBe(64ul);
        era.Birth(1000).ShouldBe(960ul + (1000 % 64));
        era.Birth(1010).ShouldBe(1000ul);
        era.Death(1010).ShouldBe(1064ul);
    }

    [Theory]
    [InlineData("0x1000")]
    [InlineData("0x4100")]
    public void InvalidMortal_IsRejected(string hex) =>
        Should.Throw<Primitives.Scale.ScaleFormatException>(() => Era.Type.Decode(Hex.Decode(hex)));

    [Property]
    public bool Mortal_RoundTrips_AndContainsCurrent(ushort requested, uint current)
    {
        var era = Era.Mortal(Math.Max((ulong)requested, 1), current);
        var back = Era.Type.Decode(era.Encode());
        return back == era && era.Birth(current) <= current && current < era.Death(current);
    }
}
