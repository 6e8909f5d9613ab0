using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class ScaleWriterTests
{
    [Fact]
    public void WriteUnsigned_LittleEndian()
    {
        using var writer = new ScaleWriter();

        writer.WriteU8(0x2a);
        writer.WriteU16(0x1234);
        writer.WriteU32(0x12345678);
        writer.WriteU64(0x0123456789abcdef);
        writer.WriteU128(new UInt128(0x8000000000000000, 1));

        Hex.Encode(writer.WrittenSpan).ShouldBe("0x2a" + "3412" + "78563412" + "efcdab8967452301" + "01000000000000000000000000000080");
    }

    [Fact]
    public void WriteSigned_TwosComplement()
    {
        using var writer = new ScaleWriter();

        writer.WriteI8(-1);
        writer.WriteI16(-2);
        writer.WriteI32(-3);
        writer.WriteI64(-4);
        writer.WriteI128(Int128.NegativeOne);

        Hex.Encode(writer.WrittenSpan).ShouldBe("0xff" + "feff" + "fdffffff" + "fcffffffffffffff" + new string('f', 32));
    }

    [Fact]
    public void WriteBoolAndOptionBool_OneByteEach()
    {
        using var writer = new ScaleWriter();

        writer.WriteBool(false);
        writer.WriteBool(true);
        writer.WriteOptionBool(null);
        writer.WriteOptionBool(true);
        writer.WriteOptionBool(false);

        Hex.Encode(writer.WrittenSpan).ShouldBe("0x0001000102");
    }

    [Fact]
    public void WriteCompact_UlongAndUInt128_Canonical()
    {
        using var writer = new ScaleWriter();

        writer.WriteCompact(69UL);
        writer.WriteCompact(1UL << 32);
        writer.WriteCompact(UInt128.MaxValue);

        Hex.Encode(writer.WrittenSpan).ShouldBe("0x1501" + "070000000001" + "33" + new string('f', 32));
    }

    [Fact]
    public void WriteByteVecAndBytes_PrefixOnlyOnVec()
    {
        using var writer = new ScaleWriter();

        writer.WriteByteVec([0xde, 0xad]);
        writer.WriteBytes([0xbe, 0xef]);

        Hex.Encode(writer.WrittenSpan).ShouldBe("0x08deadbeef");
    }

    [Fact]
    public void WriteString_MultiByteUtf8_PrefixIsByteLength()
    {
        using var writer = new ScaleWriter();

        writer.WriteString("h€😀");

        Hex.Encode(writer.WrittenSpan).ShouldBe("0x20" + "68" + "e282ac" + "f09f9880");
    }

    [Fact]
    public void WriteString_UnpairedSurrogate_ThrowsArgumentException()
    {
        using var writer = new ScaleWriter();

        Should.Throw<ArgumentException>(() => writer.WriteString("a\ud800b"));
    }

    [Fact]
    public void Write_BeyondInitialCapacity_GrowsAndKeepsBytes()
    {
        using var writer = new ScaleWriter(initialCapacity: 1);
        var expected = new List<byte>();

        for (var i = 0; i < 10_000; i++)
        {
            writer.WriteU16((ushort)i);
            expected.Add((byte)i);
            expected.Add((byte)(i >> 8));
        }

        writer.Length.ShouldBe(20_000);
        writer.ToArray().ShouldBe(expected.ToArray());
    }

    [Fact]
    public void GetSpanAndAdvance_ActAsBufferWriter()
    {
        using var writer = new ScaleWriter(initialCapacity: 0);

        var span = writer.GetSpan(3);
        span[0] = 1;
        span[1] = 2;
        span[2] = 3;
        writer.Advance(3);

        span.Length.ShouldBeGreaterThanOrEqualTo(3);
        Hex.Encode(writer.WrittenSpan).ShouldBe("0x010203");
    }

    [Fact]
    public void Advance_PastBuffer_ThrowsArgumentOutOfRange()
    {
        using var writer = new ScaleWriter(initialCapacity: 4);

        Should.Throw<ArgumentOutOfRangeException>(() => writer.Advance(writer.GetSpan().Length + 1));
    }

    [Fact]
    public void Clear_ForgetsWrittenBytes()
    {
        using var writer = new ScaleWriter();
        writer.WriteU32(1);

        writer.Clear();
        writer.WriteU8(9);

        Hex.Encode(writer.WrittenSpan).ShouldBe("0x09");
    }

    [Fact]
    public void Dispose_ThenWrite_StartsEmptyAndStillWorks()
    {
        var writer = new ScaleWriter();
        writer.WriteU32(1);

        writer.Dispose();
        writer.Length.ShouldBe(0);
        writer.WriteU8(5);

        writer.ToArray().ShouldBe(new byte[] { 5 });
        writer.Dispose();
    }

    [Fact]
    public void ToArray_ReturnsIndependentCopy()
    {
        using var writer = new ScaleWriter();
        writer.WriteU8(1);

        var copy = writer.ToArray();
        writer.Clear();
        writer.WriteU8(2);

        copy.ShouldBe(new byte[] { 1 });
    }
}
