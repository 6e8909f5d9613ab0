using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Subtensor.Views;

/// <summary>Metadata building blocks of the runtime API result types (<c>Compact&lt;u16&gt;</c>, account id, structs).</summary>
internal static class ViewTypes
{
    public static MetaType CompactU16 { get; } = MetaType.Compact(Types.U16.Meta);

    public static MetaType CompactU64 { get; } = MetaType.Compact(Types.U64.Meta);

    public static MetaType Account => Types.AccountId.Meta;

    /// <summary>A struct at <paramref name="path"/> generic over <c>AccountId</c> (as subtensor's info structs are).</summary>
    public static MetaType Struct(string[] path, bool genericOverAccount, params FieldInfo[] fields) =>
        new(path, new CompositeDef(fields), genericOverAccount ? [new TypeParameter("AccountId", Account)] : []);

    public static FieldInfo Field(string name, MetaType type, string typeName) => new(name, type, typeName);
}
