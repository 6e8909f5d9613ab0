using System.Text;
using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel.Metadata;

/// <summary>
/// Builds scale-info's portable type registry: every type reachable from the metadata gets an id equal to its
/// position in the list (clients resolve ids by position). Declared types are registered once per instance,
/// before their fields, so recursive types work; structural types are merged by shape.
/// </summary>
public sealed class PortableRegistry
{
    private readonly List<MetaType?> _types = [];
    private readonly Dictionary<MetaType, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _byShape = new(StringComparer.Ordinal);

    /// <summary>Number of registered types.</summary>
    public int Count => _types.Count;

    /// <summary>The registered types in id order.</summary>
    public IReadOnlyList<MetaType> Types => _types.Select(t => t ?? throw new InvalidOperationException("registration in progress")).ToList();

    /// <summary>The id of <paramref name="type"/>, registering it and everything it refers to on first sight.</summary>
    public uint Register(MetaType type)
    {
        if (_byReference.TryGetValue(type, out var known))
        {
            return (uint)known;
        }

        if (type.IsStructural)
        {
            var key = ShapeKey(type);
            if (!_byShape.TryGetValue(key, out var id))
            {
                id = _types.Count;
                _types.Add(type);
                _byShape[key] = id;
            }

            _byReference[type] = id;
            return (uint)id;
        }

        var reserved = _types.Count;
        _types.Add(null);
        _byReference[type] = reserved;
        RegisterChildren(type);
        _types[reserved] = type;
        return (uint)reserved;
    }

    /// <summary>The id of a type registered earlier.</summary>
    /// <exception cref="KeyNotFoundException">The type was never registered.</exception>
    public uint IdOf(MetaType type) => (uint)_byReference[type];

    /// <summary>Writes <c>PortableRegistry</c>: compact count, then id ++ path ++ params ++ def ++ docs for each type.</summary>
    public void Encode(ScaleWriter writer)
    {
        writer.WriteCompact((ulong)_types.Count);
        for (var id = 0; id < _types.Count; id++)
        {
            var type = _types[id] ?? throw new InvalidOperationException("registration in progress");
            writer.WriteCompact((ulong)id);
            MetadataWriting.WriteStrings(writer, type.Path);
            writer.WriteCompact((ulong)type.Parameters.Count);
            foreach (var parameter in type.Parameters)
            {
                writer.WriteString(parameter.Name);
                if (parameter.Type is { } bound)
                {
                    writer.WriteU8(1);
                    writer.WriteCompact(IdOf(bound));
                }
                else
                {
                    writer.WriteU8(0);
                }
            }

            WriteDefinition(writer, type.Definition);
            MetadataWriting.WriteStrings(writer, type.Docs);
        }
    }

    private void RegisterChildren(MetaType type)
    {
        foreach (var parameter in type.Parameters)
        {
            if (parameter.Type is { } bound)
            {
                Register(bound);
            }
        }

        switch (type.Definition)
        {
            case CompositeDef composite:
                foreach (var field in composite.Fields)
                {
                    Register(field.Type);
                }

                break;
            case VariantDef variant:
                foreach (var v in variant.Variants)
                {
                    foreach (var field in v.Fields)
                    {
                        Register(field.Type);
                    }
                }

                break;
            case SequenceDef sequence:
                Register(sequence.Item);
                break;
            case ArrayDef array:
                Register(array.Item);
                break;
            case TupleDef tuple:
                foreach (var item in tuple.Items)
                {
                    Register(item);
                }

                break;
            case CompactDef compact:
                Register(compact.Inner);
                break;
        }
    }

    // The shape of a structural type in terms of its children's ids (registering them first).
    private string ShapeKey(MetaType type)
    {
        RegisterChildren(type);
        var key = new StringBuilder(string.Join("::", type.Path));
        foreach (var parameter in type.Parameters)
        {
            key.Append('<').Append(parameter.Name).Append('=').Append(parameter.Type is { } t ? IdOf(t) : -1).Append('>');
        }

        key.Append('|');
        switch (type.Definition)
        {
            case SequenceDef s:
                key.Append("seq ").Append(IdOf(s.Item));
                break;
            case ArrayDef a:
                key.Append("arr ").Append(a.Length).Append(' ').Append(IdOf(a.Item));
                break;
            case TupleDef t:
                key.Append("tup ").AppendJoin(',', t.Items.Select(IdOf));
                break;
            case CompactDef c:
                key.Append("cpt ").Append(IdOf(c.Inner));
                break;
            case PrimitiveDef p:
                key.Append("prim ").Append((int)p.Kind);
                break;
            case VariantDef v:
                key.Append("var ").AppendJoin(';', v.Variants.Select(x => $"{x.Index}:{x.Name}({string.Join(',', x.Fields.Select(f => $"{f.Name}:{IdOf(f.Type)}"))})"));
                break;
            case CompositeDef c:
                key.Append("cmp ").AppendJoin(';', c.Fields.Select(f => $"{f.Name}:{IdOf(f.Type)}:{f.TypeName}"));
                break;
        }

        return key.ToString();
    }

    private void WriteDefinition(ScaleWriter writer, TypeDef definition)
    {
        switch (definition)
        {
            case CompositeDef composite:
                writer.WriteU8(0);
                WriteFields(writer, composite.Fields);
                break;
            case VariantDef variant:
                writer.WriteU8(1);
                writer.WriteCompact((ulong)variant.Variants.Count);
                foreach (var v in variant.Variants)
                {
                    writer.WriteString(v.Name);
                    WriteFields(writer, v.Fields);
                    writer.WriteU8(v.Index);
                    MetadataWriting.WriteStrings(writer, v.Docs);
                }

                break;
            case SequenceDef sequence:
                writer.WriteU8(2);
                writer.WriteCompact(IdOf(sequence.Item));
                break;
            case ArrayDef array:
                writer.WriteU8(3);
                writer.WriteU32(array.Length);
                writer.WriteCompact(IdOf(array.Item));
                break;
            case TupleDef tuple:
                writer.WriteU8(4);
                writer.WriteCompact((ulong)tuple.Items.Count);
                foreach (var item in tuple.Items)
                {
                    writer.WriteCompact(IdOf(item));
                }

                break;
            case PrimitiveDef primitive:
                writer.WriteU8(5);
                writer.WriteU8((byte)primitive.Kind);
                break;
            case CompactDef compact:
                writer.WriteU8(6);
                writer.WriteCompact(IdOf(compact.Inner));
                break;
            default:
                throw new InvalidOperationException($"unknown type definition {definition.GetType().Name}");
        }
    }

    private void WriteFields(ScaleWriter writer, IReadOnlyList<FieldInfo> fields)
    {
        writer.WriteCompact((ulong)fields.Count);
        foreach (var field in fields)
        {
            MetadataWriting.WriteOptionalString(writer, field.Name);
            writer.WriteCompact(IdOf(field.Type));
            MetadataWriting.WriteOptionalString(writer, field.TypeName);
            MetadataWriting.WriteStrings(writer, field.Docs);
        }
    }
}
