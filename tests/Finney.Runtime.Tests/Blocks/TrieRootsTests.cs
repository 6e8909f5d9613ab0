using Finney.Primitives.Encoding;
using Finney.Runtime.Blocks;
using Finney.Storage.Trie;

namespace Finney.Runtime.Tests.Blocks;

public sealed class TrieRootsTests
{
    [Fact]
    public void EmptyBody_HasTheEmptyTrieRoot()
    {
        Hex.Encode(TrieRoots.ExtrinsicsRoot([])).ShouldBe("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314");
    }

    // W3F host-API conformance vector (ext_trie_blake2_256_ordered_root): the same keys and layout as a block body.
    [Fact]
    public void ExtrinsicsRoot_IsTheOrderedTrieRootOfTheW3fVector()
    {
        byte[][] body = [.. new[] { "static", "even-keeled", "Future-proofed" }.Select(global::System.Text.Encoding.UTF8.GetBytes)];

        Hex.Encode(TrieRoots.ExtrinsicsRoot(body)).ShouldBe("0xd847b86d0219a384d11458e829e9f4f4cce7e3cc2e6dcd0e8a6ad6f12c64a737");
    }

    [Fact]
    public void GenesisHeader_CarriesTheV1TrieRootOfTheGenesisState()
    {
        var genesis = FinneyRuntime.Instance.BuildGenesis(Genesis.ChainSpec.Dev);
        var state = genesis.ToMemoryState();

        genesis.Header.StateRoot.ShouldBe(TrieRoot.StateRootV1(state.Entries));
        genesis.Header.StateRoot.ShouldNotBe(TrieRoot.StateRootV0(state.Entries), "the dev genesis holds values of 33 bytes or more, which V1 hashes");
        genesis.Header.ExtrinsicsRoot.ShouldBe(TrieRoot.EmptyRoot);
    }
}
