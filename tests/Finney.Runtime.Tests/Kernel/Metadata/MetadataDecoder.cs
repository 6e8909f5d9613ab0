using Finney.Primitives.Scale;

namespace Finney.Runtime.Tests.Kernel.Metadata;

/// <summary>A decoded portable type: its path, and every type id it refers to.</summary>
public sealed record DecodedType(uint Id, string Path, byte DefKind, List<uint> References, List<string> VariantNames);

/// <summary>A decoded pallet.</summary>
public sealed record DecodedPallet(string Name, byte Index, List<(string Name, byte Modifier, List<byte> Hashers)> Storage, uint? Calls, uint? Events, uint? Errors, List<string> Constants, List<string> Docs);

/// <summary>Decoded metadata.</summary>
public sealed record DecodedMetadata(byte Version, List<DecodedType> Types, List<DecodedPallet> Pallets, uint ExtrinsicType, List<string> SignedExtensions, List<string> Apis, List<uint> OuterEnums);

/// <summary>
/// An independent reader of <c>RuntimeMetadataPrefixed</c> V14/V15 (frame-metadata's layout), written for the
/// round-trip tests: it must consume every byte and every type reference must resolve.
/// </summary>
public static class MetadataDecoder
{
    public static DecodedMetadata Decode(byte[] bytes)
    {
        var r = new ScaleReader(bytes);
        r.ReadBytes(4).SequenceEqual("meta"u8).ShouldBeTrue("magic");
        var version = r.ReadU8();
        var types = ReadTypes(ref r);
        var pallets = new List<DecodedPallet>();
        var count = r.ReadCompactLength();
        for (var i = 0; i < count; i++)
        {
            pallets.Add(ReadPallet(ref r, version));
        }

        uint extrinsicType = 0;
        if (version == 14)
        {
            extrinsicType = r.ReadCompactU32();
            r.ReadU8().ShouldBe((byte)4);
        }
        else
        {
            r.ReadU8().ShouldBe((byte)4);
            for (var i = 0; i < 4; i++)
            {
                r.ReadCompactU32();
            }
        }

        var extensions = new List<string>();
        var extensionCount = r.ReadCompactLength();
        for (var i = 0; i < extensionCount; i++)
        {
            extensions.Add(r.ReadString());
            r.ReadCompactU32();
            r.ReadCompactU32();
        }

        r.ReadCompactU32();
        var apis = new List<string>();
        var outer = new List<uint>();
        if (version == 15)
        {
            var apiCount = r.ReadCompactLength();
            for (var i = 0; i < apiCount; i++)
            {
                var name = r.ReadString();
                var methods = r.ReadCompactLength();
                for (var m = 0; m < methods; m++)
                {
                    apis.Add($"{name}_{r.ReadString()}");
                    var inputs = r.ReadCompactLength();
                    for (var k = 0; k < inputs; k++)
                    {
                        r.ReadString();
                        r.ReadCompactU32();
                    }

                    r.ReadCompactU32();
                    ReadStrings(ref r);
                }

                ReadStrings(ref r);
            }

            outer.AddRange([r.ReadCompactU32(), r.ReadCompactU32(), r.ReadCompactU32()]);
            r.ReadCompactLength().ShouldBe(0);
        }

        r.EnsureEnd("metadata");
        return new DecodedMetadata(version, types, pallets, extrinsicType, extensions, apis, outer);
    }

    private static List<DecodedType> ReadTypes(ref ScaleReader r)
    {
        var types = new List<DecodedType>();
        var count = r.ReadCompactLength();
        for (var i = 0; i < count; i++)
        {
            var id = r.ReadCompactU32();
            id.ShouldBe((uint)i, "type ids must be their list positions");
            var path = string.Join("::", ReadStrings(ref r));
            var refs = new List<uint>();
            var parameters = r.ReadCompactLength();
            for (var p = 0; p < parameters; p++)
            {
                r.ReadString();
                if (r.ReadOptionTag())
                {
                    refs.Add(r.ReadCompactU32());
                }
            }

            var kind = r.ReadU8();
            var variantNames = new List<string>();
            switch (kind)
            {
                case 0:
                    ReadFields(ref r, refs);
                    break;
                case 1:
                    var variants = r.ReadCompactLength();
                    for (var v = 0; v < variants; v++)
                    {
                        variantNames.Add(r.ReadString());
                        ReadFields(ref r, refs);
                        r.ReadU8();
                        ReadStrings(ref r);
                    }

                    break;
                case 2 or 6:
                    refs.Add(r.ReadCompactU32());
                    break;
                case 3:
                    r.ReadU32();
                    refs.Add(r.ReadCompactU32());
                    break;
                case 4:
                    var items = r.ReadCompactLength();
                    for (var t = 0; t < items; t++)
                    {
                        refs.Add(r.ReadCompactU32());
                    }

                    break;
                case 5:
                    r.ReadU8().ShouldBeLessThanOrEqualTo((byte)14);
                    break;
                default:
                    throw new ScaleFormatException($"type {id}: definition kind {kind}");
            }

            ReadStrings(ref r);
            types.Add(new DecodedType(id, path, kind, refs, variantNames));
        }

        return types;
    }

    private static void ReadFields(ref ScaleReader r, List<uint> refs)
    {
        var fields = r.ReadCompactLength();
        for (var f = 0; f < fields; f++)
        {
            if (r.ReadOptionTag())
            {
                r.ReadString();
            }

            refs.Add(r.ReadCompactU32());
            if (r.ReadOptionTag())
            {
                r.ReadString();
            }

            ReadStrings(ref r);
        }
    }

    private static DecodedPallet ReadPallet(ref ScaleReader r, byte version)
    {
        var name = r.ReadString();
        var storage = new List<(string, byte, List<byte>)>();
        if (r.ReadOptionTag())
        {
            r.ReadString().ShouldBe(name);
            var entries = r.ReadCompactLength();
            for (var i = 0; i < entries; i++)
            {
                var entry = r.ReadString();
                var modifier = r.ReadU8();
                var hashers = new List<byte>();
                if (r.ReadU8() == 1)
                {
                    var hasherCount = r.ReadCompactLength();
                    for (var h = 0; h < hasherCount; h++)
                    {
                        hashers.Add(r.ReadU8());
                    }

                    r.ReadCompactU32();
                }

                r.ReadCompactU32();
                r.ReadByteVec();
                ReadStrings(ref r);
                storage.Add((entry, modifier, hashers));
            }
        }

        uint? calls = r.ReadOptionTag() ? r.ReadCompactU32() : null;
        uint? events = r.ReadOptionTag() ? r.ReadCompactU32() : null;
        var constants = new List<string>();
        var constantCount = r.ReadCompactLength();
        for (var i = 0; i < constantCount; i++)
        {
            constants.Add(r.ReadString());
            r.ReadCompactU32();
            r.ReadByteVec();
            ReadStrings(ref r);
        }

        uint? errors = r.ReadOptionTag() ? r.ReadCompactU32() : null;
        var index = r.ReadU8();
        var docs = version == 15 ? ReadStrings(ref r) : [];
        return new DecodedPallet(name, index, storage, calls, events, errors, constants, docs);
    }

    private static List<string> ReadStrings(ref ScaleReader r)
    {
        var strings = new List<string>();
        var count = r.ReadCompactLength();
        for (var i = 0; i < count; i++)
        {
            strings.Add(r.ReadString());
        }

        return strings;
    }
}
