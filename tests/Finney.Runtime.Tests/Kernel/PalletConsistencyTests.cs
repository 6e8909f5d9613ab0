using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Tests.Kernel;

/// <summary>Walks every pallet declaration, as Garnet walks every command: indices unique, everything documented.</summary>
public sealed class PalletConsistencyTests
{
    public static TheoryData<string> PalletNames => [.. FinneyPallets.All.Select(p => p.Name)];

    [Fact]
    public void Pallets_HaveUniqueIndicesInAscendingOrder()
    {
        var indices = FinneyPallets.All.Select(p => (int)p.Index).ToList();
        indices.ShouldBe(indices.Order().Distinct().ToList());
        FinneyPallets.All.Select(p => p.Name).ShouldBeUnique();
    }

    [Fact]
    public void Docs_AreGeneratedFromXmlComments()
    {
        RuntimeDocs.Count.ShouldBeGreaterThan(100);
        RuntimeDocs.ForType(typeof(Runtime.Balances.TransferAllowDeath))[0].ShouldBe("Transfer some liquid free balance to another account.");
    }

    [Theory]
    [MemberData(nameof(PalletNames))]
    public void CallsEventsAndErrors_HaveUniqueIndicesAndDocs(string name)
    {
        var pallet = FinneyPallets.All.Single(p => p.Name == name);
        foreach (var type in new[] { pallet.Calls?.Meta, pallet.Events?.Meta, pallet.Errors }.OfType<MetaType>())
        {
            var variants = ((VariantDef)type.Definition).Variants;
            variants.Select(v => v.Index).ShouldBeUnique();
            variants.Select(v => v.Name).ShouldBeUnique();
            foreach (var variant in variants)
            {
                variant.Docs.ShouldNotBeEmpty($"{name}::{type} variant {variant.Name} has no docs");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PalletNames))]
    public void StorageAndConstants_HaveDocsAndValidDefaults(string name)
    {
        var pallet = FinneyPallets.All.Single(p => p.Name == name);
        foreach (var entry in pallet.Storage)
        {
            entry.Pallet.ShouldBe(name);
            RuntimeDocs.ForMember(pallet.StorageDocsType ?? pallet.DocsType, entry.Name).ShouldNotBeEmpty($"{name}.{entry.Name} has no docs");
            entry.DefaultBytes.ShouldNotBeEmpty();
        }

        foreach (var constant in pallet.Constants)
        {
            constant.Docs.ShouldNotBeEmpty($"{name}::{constant.Name} has no docs");
        }

        pallet.Docs.ShouldNotBeEmpty();
    }
}
