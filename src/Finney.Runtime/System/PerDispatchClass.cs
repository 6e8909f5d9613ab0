using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.System;

/// <summary>One value per dispatch class (<c>frame_support::dispatch::PerDispatchClass</c>).</summary>
public readonly record struct PerDispatchClass<T>(T Normal, T Operational, T Mandatory)
{
    /// <summary>The value of <paramref name="dispatchClass"/>.</summary>
    public T Get(DispatchClass dispatchClass) => dispatchClass switch
    {
        DispatchClass.Normal => Normal,
        DispatchClass.Operational => Operational,
        _ => Mandatory,
    };

    /// <summary>A copy with <paramref name="dispatchClass"/>'s value replaced.</summary>
    public PerDispatchClass<T> With(DispatchClass dispatchClass, T value) => dispatchClass switch
    {
        DispatchClass.Normal => this with { Normal = value },
        DispatchClass.Operational => this with { Operational = value },
        _ => this with { Mandatory = value },
    };

    /// <summary>The codec and metadata type for values of <paramref name="item"/>.</summary>
    public static ScaleType<PerDispatchClass<T>> TypeOf(ScaleType<T> item) => new(
        ScaleCodec.Map(
            ScaleCodec.Tuple(item.Codec, item.Codec, item.Codec),
            t => new PerDispatchClass<T>(t.Item1, t.Item2, t.Item3),
            p => (p.Normal, p.Operational, p.Mandatory),
            "PerDispatchClass"),
        new MetaType(
            ["frame_support", "dispatch", "PerDispatchClass"],
            new CompositeDef([new FieldInfo("normal", item.Meta, "T"), new FieldInfo("operational", item.Meta, "T"), new FieldInfo("mandatory", item.Meta, "T")]),
            [new TypeParameter("T", item.Meta)]));
}
