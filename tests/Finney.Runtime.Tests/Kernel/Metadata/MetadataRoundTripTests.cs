using Finney.Runtime.Api;
using Finney.Runtime.Executive;

namespace Finney.Runtime.Tests.Kernel.Metadata;

public sealed class MetadataRoundTripTests
{
    public static TheoryData<int> Versions => [14, 15];

    [Theory]
    [MemberData(nameof(Versions))]
    public void Metadata_DecodesCompletely_WithResolvableTypeIds(int version)
    {
        var metadata = MetadataDecoder.Decode(version == 14 ? FinneyRuntime.Instance.MetadataV14 : FinneyRuntime.Instance.MetadataV15);
        metadata.Version.ShouldBe((byte)version);
        var count = (uint)metadata.Types.Count;
        metadata.Types.SelectMany(t => t.References).ShouldAllBe(id => id < count);
        metadata.Pallets.SelectMany(p => new[] { p.Calls, p.Events, p.Errors }).OfType<uint>().ShouldAllBe(id => id < count);
        metadata.SignedExtensions.ShouldBe(SignedExtensions.All.Select(e => e.Identifier));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Metadata_DescribesTheDeclaredPallets(int version)
    {
        var metadata = MetadataDecoder.Decode(version == 14 ? FinneyRuntime.Instance.MetadataV14 : FinneyRuntime.Instance.MetadataV15);
        metadata.Pallets.Select(p => (p.Name, p.Index)).ShouldBe(FinneyPallets.All.Select(p => (p.Name, p.Index)));
        foreach (var (decoded, declared) in metadata.Pallets.Zip(FinneyPallets.All))
        {
            decoded.Storage.Select(s => s.Name).ShouldBe(declared.Storage.Select(s => s.Name));
            decoded.Storage.Select(s => s.Hashers.ToArray()).ShouldBe(declared.Storage.Select(s => s.Hashers.Select(h => (byte)h).ToArray()));
            decoded.Constants.ShouldBe(declared.Constants.Select(c => c.Name));
            if (version == 15)
            {
                decoded.Docs.ShouldNotBeEmpty();
            }
        }
    }

    [Fact]
    public void V14_HasTheTypesClientsFindByPath()
    {
        var metadata = MetadataDecoder.Decode(FinneyRuntime.Instance.MetadataV14);
        var paths = metadata.Types.Select(t => t.Path).ToHashSet();
        string[] required =
        [
            "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic", "frame_system::EventRecord", "frame_system::Phase",
            "sp_core::crypto::AccountId32", "sp_runtime::multiaddress::MultiAddress", "sp_runtime::MultiSignature",
            "sp_runtime::generic::era::Era", "sp_weights::weight_v2::Weight", "sp_runtime::DispatchError", "sp_runtime::ModuleError",
            "node_subtensor_runtime::RuntimeCall", "node_subtensor_runtime::RuntimeEvent", "frame_system::AccountInfo",
        ];
        foreach (var path in required)
        {
            paths.ShouldContain(path);
        }

        var uxt = metadata.Types[(int)metadata.ExtrinsicType];
        uxt.Path.ShouldBe("sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic");
        metadata.Types.Single(t => t.Path == "sp_runtime::generic::era::Era").VariantNames.Count.ShouldBe(256);
        metadata.Types.Single(t => t.Path == "node_subtensor_runtime::RuntimeCall").VariantNames.ShouldBe(["System", "Timestamp", "Balances", "Utility", "Sudo"]);
    }

    [Fact]
    public void V15_ListsEveryRuntimeApiMethod_AndTheOuterEnums()
    {
        var metadata = MetadataDecoder.Decode(FinneyRuntime.Instance.MetadataV15);
        metadata.Apis.ShouldBe(RuntimeApis.Declarations.SelectMany(a => a.Methods.Select(m => $"{a.Name}_{m.Name}")));
        metadata.OuterEnums.Select(id => metadata.Types[(int)id].Path)
            .ShouldBe(["node_subtensor_runtime::RuntimeCall", "node_subtensor_runtime::RuntimeEvent", "node_subtensor_runtime::RuntimeError"]);
    }

    [Fact]
    public void Metadata_IsDeterministic()
    {
        new FinneyRuntime().MetadataV14.ShouldBe(FinneyRuntime.Instance.MetadataV14);
        new FinneyRuntime().MetadataV15.ShouldBe(FinneyRuntime.Instance.MetadataV15);
    }
}
