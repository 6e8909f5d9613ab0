using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Extrinsics;

/// <summary>The variants of <c>sp_runtime::multiaddress::MultiAddress&lt;AccountId32, ()&gt;</c>.</summary>
public enum MultiAddressKind : byte
{
    /// <summary>An account id: the only form subtensor resolves.</summary>
    Id = 0,

    /// <summary>An account index (unit on subtensor: no indices pallet).</summary>
    Index = 1,

    /// <summary>Raw bytes.</summary>
    Raw = 2,

    /// <summary>A 32-byte address.</summary>
    Address32 = 3,

    /// <summary>A 20-byte address.</summary>
    Address20 = 4,
}

/// <summary>
/// An address in a call or a signed extrinsic. Every variant decodes; only <see cref="MultiAddressKind.Id"/>
/// resolves to an account (subtensor's <c>AccountIdLookup</c>), the others fail with <c>CannotLookup</c>.
/// </summary>
public sealed record MultiAddress(MultiAddressKind Kind, byte[] Bytes)
{
    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<MultiAddress> Type { get; } = new(new MultiAddressCodec(), BuildMeta());

    /// <summary>The address of an account id.</summary>
    public static MultiAddress Id(AccountId32 account) => new(MultiAddressKind.Id, account.Bytes.ToArray());

    /// <summary>Resolves to an account; false for every variant but Id.</summary>
    public bool TryLookup(out AccountId32 account)
    {
        account = Kind == MultiAddressKind.Id ? new AccountId32(Bytes) : default;
        return Kind == MultiAddressKind.Id;
    }

    private static MetaType BuildMeta() => new(
        ["sp_runtime", "multiaddress", "MultiAddress"],
        new VariantDef([
            new VariantInfo("Id", [new FieldInfo(null, Types.AccountId.Meta, "AccountId")], 0, []),
            new VariantInfo("Index", [new FieldInfo(null, MetaType.Compact(Types.Unit.Meta), "AccountIndex")], 1, []),
            new VariantInfo("Raw", [new FieldInfo(null, Types.Bytes.Meta, "Vec<u8>")], 2, []),
            new VariantInfo("Address32", [new FieldInfo(null, Types.Bytes32.Meta, "[u8; 32]")], 3, []),
            new VariantInfo("Address20", [new FieldInfo(null, MetaType.Array(Types.U8.Meta, 20), "[u8; 20]")], 4, []),
        ]),
        [new TypeParameter("AccountId", Types.AccountId.Meta), new TypeParameter("AccountIndex", Types.Unit.Meta)]);

    private sealed class MultiAddressCodec : IScaleCodec<MultiAddress>
    {
        public string TypeName => "MultiAddress";

        public int MinEncodedSize => 1;

        public void Encode(ScaleWriter writer, MultiAddress value)
        {
            writer.WriteU8((byte)value.Kind);
            if (value.Kind == MultiAddressKind.Raw)
            {
                writer.WriteByteVec(value.Bytes);
            }
            else
            {
                writer.WriteBytes(value.Bytes);
            }
        }

        public MultiAddress Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            var kind = reader.ReadU8();
            return kind switch
            {
                0 => new MultiAddress(MultiAddressKind.Id, reader.ReadBytes(32).ToArray()),
                1 => new MultiAddress(MultiAddressKind.Index, []),
                2 => new MultiAddress(MultiAddressKind.Raw, reader.ReadByteVec().ToArray()),
                3 => new MultiAddress(MultiAddressKind.Address32, reader.ReadBytes(32).ToArray()),
                4 => new MultiAddress(MultiAddressKind.Address20, reader.ReadBytes(20).ToArray()),
                _ => throw new ScaleFormatException($"MultiAddress: variant index {kind} at offset {offset} is not declared.", offset),
            };
        }
    }
}
