using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Crypto.Sr25519;

/// <summary>Known keys and chain codes shared by the sr25519 tests (values from the research note, appendix A).</summary>
internal static class DevKeys
{
    /// <summary>Mini secret of "bottom drive obey lake curtain smoke basket hold race lonely fit walk".</summary>
    public static readonly byte[] DevMiniSecret = Hex.Decode("fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e");

    public static readonly byte[] DevPublic = Hex.Decode("46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a");

    public static readonly byte[] AlicePublic = Hex.Decode("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    public static readonly byte[] BobPublic = Hex.Decode("8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");

    public static readonly byte[] AliceChainCode = ChainCode("14416c6963650000000000000000000000000000000000000000000000000000");

    public static readonly byte[] BobChainCode = ChainCode("0c426f6200000000000000000000000000000000000000000000000000000000");

    public static readonly byte[] StashChainCode = ChainCode("1473746173680000000000000000000000000000000000000000000000000000");

    /// <summary>SCALE string "soft" zero-padded to 32 bytes.</summary>
    public static readonly byte[] SoftChainCode = ChainCode("10736f6674000000000000000000000000000000000000000000000000000000");

    /// <summary>Numeric junction 0: u64 0 little-endian, zero-padded.</summary>
    public static readonly byte[] ZeroChainCode = new byte[32];

    public static byte[] ChainCode(string hex) => Hex.Decode(hex);
}
