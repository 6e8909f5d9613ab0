using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Kernel.Declarations;

/// <summary>A named argument of a call or field of an event: its wire name, type and the Rust type name clients show.</summary>
/// <typeparam name="T">The .NET type of the value.</typeparam>
public sealed record Field<T>(string Name, ScaleType<T> Type, string? TypeName = null)
{
    /// <summary>The metadata description.</summary>
    public FieldInfo Info => new(Name, Type.Meta, TypeName);
}

/// <summary>Shorthand for declaring fields.</summary>
public static class Field
{
    /// <summary>A field named <paramref name="name"/> of <paramref name="type"/>, shown as <paramref name="typeName"/>.</summary>
    public static Field<T> Of<T>(string name, ScaleType<T> type, string? typeName = null) => new(name, type, typeName);
}
