using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Kernel.Declarations;

/// <summary>A constant a pallet exposes in metadata: its name, type, SCALE value and docs.</summary>
public sealed record PalletConstant(string Name, MetaType Type, byte[] Value, IReadOnlyList<string> Docs)
{
    /// <summary>Declares a constant whose docs are those of <paramref name="holder"/>'s member named like it.</summary>
    public static PalletConstant Of<T>(string name, ScaleType<T> type, T value, Type holder, string? member = null) =>
        new(name, type.Meta, type.Encode(value), RuntimeDocs.ForMember(holder, member ?? name));
}
