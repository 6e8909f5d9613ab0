using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

/// <summary>
/// Roots against vectors published by Substrate, smoldot and the W3F Polkadot host test suite, and against the
/// genesis hashes of real chains. Where each vector comes from is said next to it.
/// </summary>
public class TrieRootTests
{
    private static byte[] B(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static List<KeyValuePair<byte[], byte[]>> Sorted(params (byte[] Key, byte[] Value)[] entries)
    {
        // Later entries win, as in sp-trie's trie_root (which collects into a BTreeMap).
        var map = new SortedDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return [.. map];
    }

    [Fact]
    public void EmptyRoot_IsBlake2OfTheEmptyNode()
    {
        TrieRoot.EmptyRoot.ShouldBe(Hex.Decode(TrieRoot.EmptyRootHex));
        TrieRoot.EmptyRoot.ShouldBe(Blake2b.Hash256([0x00]));
        TrieRoot.StateRootV1([]).ShouldBe(TrieRoot.EmptyRoot);
        TrieRoot.OrderedRootV0([]).ShouldBe(TrieRoot.EmptyRoot);
    }

    // substrate/primitives/state-machine/src/basic.rs, commit_should_work (values are short: V0 = V1).
    [Fact]
    public void DoeDogDogglesworth_MatchesSubstrateBasicExternalities()
    {
        var entries = Sorted((B("doe"), B("reindeer")), (B("dog"), B("puppy")), (B("dogglesworth"), B("cat")));
        Hex.Encode(TrieRoot.StateRootV1(entries)).ShouldBe("0x39245109cef3758c2eed2ccba8d9b370a917850af3824bc8348d505df2c298fa");
        Hex.Encode(TrieRoot.StateRootV0(entries)).ShouldBe("0x39245109cef3758c2eed2ccba8d9b370a917850af3824bc8348d505df2c298fa");
    }

    // substrate/primitives/state-machine/src/testing.rs, commit_should_work: TestExternalities adds ":code" = empty.
    [Fact]
    public void WithEmptyCode_MatchesSubstrateTestExternalities()
    {
        var entries = Sorted((B(":code"), []), (B("doe"), B("reindeer")), (B("dog"), B("puppy")), (B("dogglesworth"), B("cat")));
        Hex.Encode(TrieRoot.StateRootV1(entries)).ShouldBe("0xed4d8c799d996add422395a6abd7545491d40bd838d738afafa1b8a4de625489");
    }

    // smoldot lib/src/trie.rs: trie_root_example_v0_blake2 and trie_root_example_v1_blake2.
    [Fact]
    public void SmoldotExamples_Match()
    {
        Hex.Encode(TrieRoot.StateRootV0(Sorted((B("foo"), B("bar")), (B("foobar"), B("baz")))))
            .ShouldBe("0xa61820b5fba9b01aee10b5bbd84aea80b8230318c5e8ca14b9a4940c76e09815");
        Hex.Encode(TrieRoot.StateRootV1(Sorted((B("bar"), B("foo")), (B("barfoo"), B("hello")), (B("anotheritem"), B("anothervalue")))))
            .ShouldBe("0x441807c345ca7adf88bd21ab1b3cbadb15616abb89167eb9fe285dd5cecd04c8");
    }

    // w3f/polkadot-tests fixtures/host-api: ext_trie_blake2_256_root_version_1 (HostApiInputs key_value_1..3 →
    // HostApiOutputs key_value_key_value_key_value), expected outputs produced by Substrate's host.
    [Theory]
    [InlineData("static", "Inverse", "even-keeled", "Future-proofed", "static", "even-keeled", "0x1192e3ed48d28fba2eeae885fa367c535eca6a149eafad982265586902783d4f")]
    [InlineData("function", "Horizontal", "Face to face", "Expanded", "function", "Face to face", "0x92aafcf31cc2012d7467fa96b47caa389762ef02e97c27c30484a7ffd4b3780e")]
    [InlineData("Integrated", "portal", "budgetary management", "pricing structure", "Integrated", "budgetary management", "0xcbb9ff2393a9c8ce46f3592532f4c181339eedf979836e5d45b318633030a79e")]
    [InlineData("non-based", "Monitored", "non-volatile", "emulation", "non-based", "non-volatile", "0x0ef6df228337099e666d402089c65e4c1d793ae0076dee4730baeb58404b0e16")]
    [InlineData("productivity", "secondary", "Total", "Visionary", "productivity", "Total", "0x7ab4224ead96acf2282852d7bdfa71aac9c135ecb718024ff7fe15b19d4ab227")]
    [InlineData("Exclusive", "next generation", "concept", "approach", "Exclusive", "concept", "0xad2c33c6536d547f60a5947588e9bc953804a29b219a5692b7ed0e921d34c588")]
    [InlineData("disintermediate", "Grass-roots", "policy", "function", "disintermediate", "policy", "0xc1029b1ceb237b33f1d1e99c82e8d00c687342ae373474d3d7f0ed0f3f278cd6")]
    [InlineData("contingency", "value-added", "context-sensitive", "Configurable", "contingency", "context-sensitive", "0xcff475bc0c4aa0344ce0e0966415123ac4ef541122b1365be0884a3713c020cd")]
    [InlineData("human-resource", "Reactive", "hardware", "Automated", "human-resource", "hardware", "0xb21b406c9f9c96bb84e2d890ec6d0212e5422f9098777f090cd9a90e510cf92c")]
    [InlineData("Optional", "secondary", "object-oriented", "toolset", "Optional", "object-oriented", "0xf81f2b3e8d50e95b706066afa4a9b07dfddeb89d1c3e8c4eb054d33a3de3b9bf")]
    public void HostApiTrieRoot_MatchesW3fSuite(string k1, string v1, string k2, string v2, string k3, string v3, string expected)
    {
        var entries = Sorted((B(k1), B(v1)), (B(k2), B(v2)), (B(k3), B(v3)));
        Hex.Encode(TrieRoot.StateRootV0(entries)).ShouldBe(expected);
    }

    // w3f/polkadot-tests fixtures/host-api: ext_trie_blake2_256_ordered_root_version_1 (value_1..3 → value_value_value).
    [Theory]
    [InlineData("static", "even-keeled", "Future-proofed", "0xd847b86d0219a384d11458e829e9f4f4cce7e3cc2e6dcd0e8a6ad6f12c64a737")]
    [InlineData("Inverse", "Face to face", "Expanded", "0xea32273c604a609a83979acc5dc5c19d91112967c5690d660684118fac03d087")]
    [InlineData("even-keeled", "budgetary management", "pricing structure", "0x72b6aa1f07895b3276e215b192335b982268922f4e2973b3bab13102766a597c")]
    [InlineData("Future-proofed", "non-volatile", "emulation", "0x40f7e12565410189f5026d2d2c187fd60aa47cf943ae935cbda49e3b03fc1893")]
    [InlineData("function", "Total", "Visionary", "0xf0b164f7a50de01338d0f0a8dae9e3806b72359e1b3bc9b38b1140172d1952a0")]
    [InlineData("Horizontal", "concept", "approach", "0x922c3f9be4104e40daf22e249014ee0acd3e78870644cc131ce3107f6785e6c8")]
    [InlineData("Face to face", "policy", "function", "0x652a6f8ecb5cf7f8ba6ba9390ba2bc2978d173c537954af52fcf6a1c72989cbf")]
    [InlineData("Expanded", "context-sensitive", "Configurable", "0x319fc284ac8e2d626ddec7b2e05948177ee2d8b3bb43820608e3faeab7c6e2b2")]
    [InlineData("Integrated", "hardware", "Automated", "0xaebac639ed629d66bdaae654454518b85274cf613e6100d1aa5c86996763ca11")]
    [InlineData("portal", "object-oriented", "toolset", "0xfd61ef3767be4899488dc3331726f3b9abaae1fc08532327631ece6198686e25")]
    public void HostApiOrderedRoot_MatchesW3fSuite(string v1, string v2, string v3, string expected)
    {
        Hex.Encode(TrieRoot.OrderedRootV0([B(v1), B(v2), B(v3)])).ShouldBe(expected);
    }

    // Real blocks: the ordered root of the body is the extrinsics root in the header.
    [Fact]
    public void RealBlocks_ExtrinsicsRootMatchesHeader()
    {
        using var document = TrieVectors.Load("smoldot-blocks.json.gz");
        var blocks = document.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        blocks.Count.ShouldBe(4);
        foreach (var block in blocks)
        {
            var header = Hex.Decode(block.GetProperty("header").GetString()!);
            var body = block.GetProperty("body").EnumerateArray().Select(e => Hex.Decode(e.GetString()!)).ToList();
            var reader = new ScaleReader(header);
            reader.ReadBytes(32);
            reader.ReadCompactU32();
            reader.ReadBytes(32);
            var extrinsicsRoot = reader.ReadBytes(32).ToArray();
            TrieRoot.OrderedRootV0(body).ShouldBe(extrinsicsRoot, block.GetProperty("name").GetString());
        }
    }

    // Bittensor's test network: V1 state root of its raw genesis → genesis header → the published genesis hash.
    [Fact]
    public void TestFinneyGenesis_V1RootGivesPublishedGenesisHash()
    {
        using var document = TrieVectors.Load("testfinney-genesis.json.gz");
        var entries = TrieVectors.SortedTop(document);
        entries.ShouldContain(e => e.Value.Length >= TrieLayout.HashedValueThreshold);

        var root = TrieRoot.StateRootV1(entries);

        Hex.Encode(root).ShouldBe("0xc15439f31626cd90c778831721bb9d0166da302321918887d381829d8c13763f");
        GenesisHash(root).ShouldBe(TrieVectors.HexProperty(document, "genesisHash"));
        TrieRoot.StateRootV0(entries).ShouldNotBe(root);
    }

    // A Substrate node template's genesis (V0 runtime, a 140 KB inline :code value): root and hash from smoldot's tests.
    [Fact]
    public void NodeTemplateGenesis_V0RootAndHashMatchSmoldot()
    {
        using var document = TrieVectors.Load("node-template-genesis.json.gz");
        var root = TrieRoot.StateRootV0(TrieVectors.SortedTop(document));

        root.ShouldBe(TrieVectors.HexProperty(document, "stateRoot"));
        GenesisHash(root).ShouldBe(TrieVectors.HexProperty(document, "genesisHash"));
    }

    [Fact]
    public void UnsortedEntries_AreRejected()
    {
        Should.Throw<ArgumentException>(() => TrieRoot.StateRootV1([new(B("b"), B("1")), new(B("a"), B("2"))]));
        Should.Throw<ArgumentException>(() => TrieRoot.StateRootV1([new(B("a"), B("1")), new(B("a"), B("2"))]));
    }

    [Fact]
    public void OrderedRoot_SortsCompactKeysBeyond64Items()
    {
        // Compact(64) = 0x0101 sorts between Compact(0) = 0x00 and Compact(1) = 0x04: the root must not depend on input order.
        var values = Enumerable.Range(0, 300).Select(i => Blake2b.Hash(BitConverter.GetBytes(i), 1 + (i % 40))).ToList();
        var entries = values.Select((v, i) => new KeyValuePair<byte[], byte[]>(Compact.Encode((UInt128)(uint)i), v)).ToList();
        entries.Sort((a, b) => ByteKeyComparer.Instance.Compare(a.Key, b.Key));
        TrieRoot.OrderedRootV0(values).ShouldBe(TrieRoot.StateRootV0(entries));
    }

    private static byte[] GenesisHash(byte[] stateRoot)
    {
        // parent (32 zero bytes) ++ Compact(0) ++ state root ++ extrinsics root (empty trie) ++ empty digest.
        using var writer = new ScaleWriter();
        writer.WriteBytes(new byte[32]);
        writer.WriteCompact(0UL);
        writer.WriteBytes(stateRoot);
        writer.WriteBytes(TrieRoot.EmptyRoot);
        writer.WriteCompact(0UL);
        return Blake2b.Hash256(writer.WrittenSpan);
    }
}
