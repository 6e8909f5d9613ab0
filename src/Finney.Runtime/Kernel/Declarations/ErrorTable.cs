using System.Reflection;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Kernel.Declarations;

/// <summary>Describes a fieldless C# enum (a pallet's errors, a config enum) as a metadata variant type.</summary>
public static class ErrorTable
{
    /// <summary>The metadata type of a pallet error enum: one variant per member, documented by its <c>///</c> docs.</summary>
    public static MetaType For<TEnum>(params string[] path)
        where TEnum : struct, Enum =>
        new(path, VariantsOf<TEnum>(), [new TypeParameter("T", null)], ["The `Error` enum of this pallet."]);

    /// <summary>The variants of a fieldless enum, in value order.</summary>
    public static VariantDef VariantsOf<TEnum>()
        where TEnum : struct, Enum
    {
        var variants = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => new VariantInfo(f.Name, [], Convert.ToByte(f.GetRawConstantValue(), global::System.Globalization.CultureInfo.InvariantCulture), RuntimeDocs.ForMember(typeof(TEnum), f.Name)))
            .OrderBy(v => v.Index)
            .ToList();
        return new VariantDef(variants);
    }
}
