using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Kernel.Declarations;

/// <summary>
/// Everything the runtime knows about one pallet: its name and index, storage items in metadata order, call and
/// event tables, error enum, constants, docs and block hooks. The metadata builder walks these and nothing else.
/// </summary>
public sealed class PalletDeclaration
{
    /// <summary>The pallet's name: its storage prefix and its section in clients (e.g. <c>Balances</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The pallet index: the first byte of its calls and events.</summary>
    public required byte Index { get; init; }

    /// <summary>The type whose <c>///</c> docs are the pallet's docs (V15).</summary>
    public required Type DocsType { get; init; }

    /// <summary>The class whose static members named like the storage items document them; <see cref="DocsType"/> when null.</summary>
    public Type? StorageDocsType { get; init; }

    /// <summary>Storage items, in metadata order.</summary>
    public IReadOnlyList<IStorageEntry> Storage { get; init; } = [];

    /// <summary>The call enum, or null when the pallet has no calls.</summary>
    public IVariantTable? Calls { get; init; }

    /// <summary>The event enum, or null when the pallet has no events.</summary>
    public IVariantTable? Events { get; init; }

    /// <summary>The error enum's metadata type, or null when the pallet has no errors.</summary>
    public MetaType? Errors { get; init; }

    /// <summary>Constants, in metadata order.</summary>
    public IReadOnlyList<PalletConstant> Constants { get; init; } = [];

    /// <summary>Runs at block initialization (after System's), returning the weight it used.</summary>
    public Func<Externalities, Weight>? OnInitialize { get; init; }

    /// <summary>Runs at block finalization.</summary>
    public Action<Externalities>? OnFinalize { get; init; }

    /// <summary>The pallet's docs.</summary>
    public IReadOnlyList<string> Docs => RuntimeDocs.ForType(DocsType);
}
