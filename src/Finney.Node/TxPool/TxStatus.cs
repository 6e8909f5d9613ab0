using Finney.Node.Blocks;
using Finney.Rpc.Dto;

namespace Finney.Node.TxPool;

/// <summary>A watched transaction's state change (<c>author_extrinsicUpdate</c>).</summary>
public sealed record TxStatus(string Kind, Hash256? Hash = null)
{
#pragma warning disable CS1591 // one factory per state, named as on the wire
    public static TxStatus Ready { get; } = new(ExtrinsicStatusDto.Ready);
    public static TxStatus Future { get; } = new(ExtrinsicStatusDto.Future);
    public static TxStatus Dropped { get; } = new(ExtrinsicStatusDto.Dropped);
    public static TxStatus Invalid { get; } = new(ExtrinsicStatusDto.Invalid);
    public static TxStatus InBlock(Hash256 block) => new(ExtrinsicStatusDto.InBlock, block);
    public static TxStatus Finalized(Hash256 block) => new(ExtrinsicStatusDto.Finalized, block);
    public static TxStatus Usurped(Hash256 by) => new(ExtrinsicStatusDto.Usurped, by);
#pragma warning restore CS1591

    /// <summary>The JSON form.</summary>
    public ExtrinsicStatusDto ToDto() => new(Kind, Hash?.ToHex());

    /// <summary>True when no update follows.</summary>
    public bool IsFinal => ToDto().IsFinal;
}
