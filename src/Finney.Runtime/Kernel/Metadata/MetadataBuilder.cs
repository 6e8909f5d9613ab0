using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.Kernel.Metadata;

/// <summary>A runtime API as V15 metadata lists it.</summary>
public sealed record ApiMetadata(string Name, IReadOnlyList<ApiMethodMetadata> Methods, IReadOnlyList<string> Docs);

/// <summary>A runtime API method: its inputs (name, type), output type and docs.</summary>
public sealed record ApiMethodMetadata(string Name, IReadOnlyList<(string Name, MetaType Type)> Inputs, MetaType Output, IReadOnlyList<string> Docs);

/// <summary>What the metadata says about extrinsics and the outer types, besides the pallets.</summary>
public sealed record ExtrinsicMetadata(
    MetaType UncheckedExtrinsic,
    MetaType Address,
    MetaType Call,
    MetaType Signature,
    MetaType Extra,
    IReadOnlyList<(string Identifier, MetaType Type, MetaType Implicit)> SignedExtensions,
    MetaType Event,
    MetaType Error,
    MetaType Runtime);

/// <summary>
/// Writes <c>RuntimeMetadataPrefixed</c> ("meta" ++ version ++ body) for V14 and V15 from the pallet declarations,
/// the extrinsic description and (V15) the runtime APIs. Nothing is hand-written: every type comes from the
/// declarations' <see cref="MetaType"/>s, registered in one portable registry.
/// </summary>
public static class MetadataBuilder
{
    private static ReadOnlySpan<byte> Magic => "meta"u8;

    /// <summary>The V14 metadata.</summary>
    public static byte[] BuildV14(IReadOnlyList<PalletDeclaration> pallets, ExtrinsicMetadata extrinsic)
    {
        ArgumentNullException.ThrowIfNull(pallets);
        ArgumentNullException.ThrowIfNull(extrinsic);
        var registry = new PortableRegistry();
        using var body = new ScaleWriter();
        WritePallets(body, registry, pallets, withDocs: false);
        var uxt = registry.Register(extrinsic.UncheckedExtrinsic);
        body.WriteCompact(uxt);
        body.WriteU8(4);
        WriteExtensions(body, registry, extrinsic);
        body.WriteCompact(registry.Register(extrinsic.Runtime));
        return Prefixed(14, registry, body);
    }

    /// <summary>The V15 metadata, with pallet docs, runtime APIs and outer enums.</summary>
    public static byte[] BuildV15(IReadOnlyList<PalletDeclaration> pallets, ExtrinsicMetadata extrinsic, IReadOnlyList<ApiMetadata> apis)
    {
        ArgumentNullException.ThrowIfNull(pallets);
        ArgumentNullException.ThrowIfNull(extrinsic);
        ArgumentNullException.ThrowIfNull(apis);
        var registry = new PortableRegistry();
        using var body = new ScaleWriter();
        WritePallets(body, registry, pallets, withDocs: true);
        body.WriteU8(4);
        body.WriteCompact(registry.Register(extrinsic.Address));
        body.WriteCompact(registry.Register(extrinsic.Call));
        body.WriteCompact(registry.Register(extrinsic.Signature));
        body.WriteCompact(registry.Register(extrinsic.Extra));
        WriteExtensions(body, registry, extrinsic);
        body.WriteCompact(registry.Register(extrinsic.Runtime));
        body.WriteCompact((ulong)apis.Count);
        foreach (var api in apis)
        {
            body.WriteString(api.Name);
            body.WriteCompact((ulong)api.Methods.Count);
            foreach (var method in api.Methods)
            {
                body.WriteString(method.Name);
                body.WriteCompact((ulong)method.Inputs.Count);
                foreach (var (name, type) in method.Inputs)
                {
                    body.WriteString(name);
                    body.WriteCompact(registry.Register(type));
                }

                body.WriteCompact(registry.Register(method.Output));
                MetadataWriting.WriteStrings(body, method.Docs);
            }

            MetadataWriting.WriteStrings(body, api.Docs);
        }

        body.WriteCompact(registry.Register(extrinsic.Call));
        body.WriteCompact(registry.Register(extrinsic.Event));
        body.WriteCompact(registry.Register(extrinsic.Error));
        body.WriteCompact(0);
        return Prefixed(15, registry, body);
    }

    private static void WritePallets(ScaleWriter writer, PortableRegistry registry, IReadOnlyList<PalletDeclaration> pallets, bool withDocs)
    {
        writer.WriteCompact((ulong)pallets.Count);
        foreach (var pallet in pallets)
        {
            writer.WriteString(pallet.Name);
            WriteStorage(writer, registry, pallet);
            WriteOptionalType(writer, registry, pallet.Calls?.Meta);
            WriteOptionalType(writer, registry, pallet.Events?.Meta);
            writer.WriteCompact((ulong)pallet.Constants.Count);
            foreach (var constant in pallet.Constants)
            {
                writer.WriteString(constant.Name);
                writer.WriteCompact(registry.Register(constant.Type));
                writer.WriteByteVec(constant.Value);
                MetadataWriting.WriteStrings(writer, constant.Docs);
            }

            WriteOptionalType(writer, registry, pallet.Errors);
            writer.WriteU8(pallet.Index);
            if (withDocs)
            {
                MetadataWriting.WriteStrings(writer, pallet.Docs);
            }
        }
    }

    private static void WriteStorage(ScaleWriter writer, PortableRegistry registry, PalletDeclaration pallet)
    {
        if (pallet.Storage.Count == 0)
        {
            writer.WriteU8(0);
            return;
        }

        writer.WriteU8(1);
        writer.WriteString(pallet.Name);
        writer.WriteCompact((ulong)pallet.Storage.Count);
        foreach (var entry in pallet.Storage)
        {
            writer.WriteString(entry.Name);
            writer.WriteU8((byte)entry.Modifier);
            if (entry.KeyType is { } key)
            {
                writer.WriteU8(1);
                writer.WriteCompact((ulong)entry.Hashers.Count);
                foreach (var hasher in entry.Hashers)
                {
                    writer.WriteU8((byte)hasher);
                }

                writer.WriteCompact(registry.Register(key));
                writer.WriteCompact(registry.Register(entry.ValueType));
            }
            else
            {
                writer.WriteU8(0);
                writer.WriteCompact(registry.Register(entry.ValueType));
            }

            writer.WriteByteVec(entry.DefaultBytes);
            MetadataWriting.WriteStrings(writer, RuntimeDocs.ForMember(pallet.StorageDocsType ?? pallet.DocsType, entry.Name));
        }
    }

    private static void WriteExtensions(ScaleWriter writer, PortableRegistry registry, ExtrinsicMetadata extrinsic)
    {
        writer.WriteCompact((ulong)extrinsic.SignedExtensions.Count);
        foreach (var (identifier, type, implicitType) in extrinsic.SignedExtensions)
        {
            writer.WriteString(identifier);
            writer.WriteCompact(registry.Register(type));
            writer.WriteCompact(registry.Register(implicitType));
        }
    }

    private static void WriteOptionalType(ScaleWriter writer, PortableRegistry registry, MetaType? type)
    {
        if (type is null)
        {
            writer.WriteU8(0);
            return;
        }

        writer.WriteU8(1);
        writer.WriteCompact(registry.Register(type));
    }

    private static byte[] Prefixed(byte version, PortableRegistry registry, ScaleWriter body)
    {
        using var writer = new ScaleWriter(body.Length + 65_536);
        writer.WriteBytes(Magic);
        writer.WriteU8(version);
        registry.Encode(writer);
        writer.WriteBytes(body.WrittenSpan);
        return writer.ToArray();
    }
}
