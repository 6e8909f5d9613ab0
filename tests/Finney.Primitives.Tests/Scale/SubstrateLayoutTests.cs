using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

// Whole Substrate values built from the codecs, checked against @polkadot/api output
// (shared/research/substrate-compat.md appendix A).
public class SubstrateLayoutTests
{
    private const string HeaderHex =
        "0x2222222222222222222222222222222222222222222222222222222222222222a10f3333333333333333333333333333333333333333333333333333333333333333" +
        "444444444444444444444444444444444444444444444444444444444444444404066175726120d552e31000000000";

    private const string AccountInfoHex =
        "0x050000000000000001000000000000000010a5d4e80000000000000000000000000000000000000000000000000000000000000000000080";

    [Fact]
    public void Header_DecodesFieldsAndReencodesIdentically()
    {
        var bytes = Hex.Decode(HeaderHex);

        var header = ScaleCodec.Decode(HeaderCodec.Instance, bytes);

        header.Number.ShouldBe(1000u);
        header.ParentHash.ShouldAllBe(b => b == 0x22);
        header.Digest.Length.ShouldBe(1);
        var preRuntime = header.Digest[0].ShouldBeOfType<DigestItem.PreRuntime>();
        System.Text.Encoding.ASCII.GetString(preRuntime.Engine).ShouldBe("aura");
        Hex.Encode(preRuntime.Data).ShouldBe("0xd552e31000000000");
        Hex.Encode(ScaleCodec.Encode(HeaderCodec.Instance, header)).ShouldBe(HeaderHex);
    }

    [Fact]
    public void AccountInfo_NonceFiveFreeTrillion_MatchesPolkadotJs()
    {
        // subtensor: nonce, consumers, providers, sufficients (u32); free, reserved, frozen (u64); flags (u128).
        var codec = ScaleCodec.Tuple(
            ScaleCodec.FixedArray(ScaleCodec.U32, 4),
            ScaleCodec.FixedArray(ScaleCodec.U64, 3),
            ScaleCodec.U128);
        var flags = UInt128.One << 127;

        var bytes = ScaleCodec.Encode(codec, (new uint[] { 5, 0, 1, 0 }, new ulong[] { 1_000_000_000_000, 0, 0 }, flags));

        Hex.Encode(bytes).ShouldBe(AccountInfoHex);
        ScaleCodec.Decode(codec, bytes).Item2[0].ShouldBe(1_000_000_000_000UL);
    }

    [Fact]
    public void TimestampSetInherent_CompactMomentInsideLengthPrefixedExtrinsic()
    {
        // Vec<u8>-wrapped extrinsic: version 4 unsigned, pallet 2 call 0, Compact<u64> moment.
        var body = ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.U8), ScaleCodec.CompactU64);

        var extrinsic = ScaleCodec.Encode(ScaleCodec.Bytes, ScaleCodec.Encode(body, ((byte)4, ((byte)2, (byte)0), 1_700_000_000_000UL)));

        Hex.Encode(extrinsic).ShouldBe("0x280402000b0068e5cf8b01");
    }

    public sealed record Header(byte[] ParentHash, uint Number, byte[] StateRoot, byte[] ExtrinsicsRoot, DigestItem[] Digest);

    public abstract record DigestItem
    {
        private static readonly IScaleCodec<(byte[], byte[])> EngineAndData = ScaleCodec.Tuple(ScaleCodec.FixedBytes(4), ScaleCodec.Bytes);

        public static IScaleCodec<DigestItem> Codec { get; } = ScaleCodec.Enum<DigestItem>()
            .Variant(0, ScaleCodec.Map(ScaleCodec.Bytes, b => new Other(b), o => o.Data))
            .Variant(4, ScaleCodec.Map(EngineAndData, t => new Consensus(t.Item1, t.Item2), c => (c.Engine, c.Data)))
            .Variant(5, ScaleCodec.Map(EngineAndData, t => new Seal(t.Item1, t.Item2), s => (s.Engine, s.Data)))
            .Variant(6, ScaleCodec.Map(EngineAndData, t => new PreRuntime(t.Item1, t.Item2), p => (p.Engine, p.Data)))
            .UnitVariant(8, RuntimeEnvironmentUpdated.Instance)
            .Build();

        public sealed record Other(byte[] Data) : DigestItem;

        public sealed record Consensus(byte[] Engine, byte[] Data) : DigestItem;

        public sealed record Seal(byte[] Engine, byte[] Data) : DigestItem;

        public sealed record PreRuntime(byte[] Engine, byte[] Data) : DigestItem;

        public sealed record RuntimeEnvironmentUpdated : DigestItem
        {
            public static RuntimeEnvironmentUpdated Instance { get; } = new();
        }
    }

    // A hand-written codec: what a struct with more fields than the tuple combinators take looks like.
    private sealed class HeaderCodec : IScaleCodec<Header>
    {
        public static readonly HeaderCodec Instance = new();

        private static readonly IScaleCodec<byte[]> Hash = ScaleCodec.FixedBytes(32);
        private static readonly IScaleCodec<DigestItem[]> Digest = ScaleCodec.Vec(DigestItem.Codec);

        public string TypeName => "Header";

        public void Encode(ScaleWriter writer, Header value)
        {
            Hash.Encode(writer, value.ParentHash);
            writer.WriteCompact((ulong)value.Number);
            Hash.Encode(writer, value.StateRoot);
            Hash.Encode(writer, value.ExtrinsicsRoot);
            Digest.Encode(writer, value.Digest);
        }

        public Header Decode(ref ScaleReader reader) => new(
            Hash.Decode(ref reader),
            reader.ReadCompactU32(),
            Hash.Decode(ref reader),
            Hash.Decode(ref reader),
            Digest.Decode(ref reader));
    }
}
