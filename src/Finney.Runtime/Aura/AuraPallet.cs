using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Blocks;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Kernel.Storage;
using Finney.Runtime.System;

namespace Finney.Runtime.Aura;

/// <summary>
/// The Aura pallet (index 3): the authority set and the current slot. Each block's pre-runtime digest names its
/// slot; the author is the authority at slot mod authorities, and receives the block's transaction fees.
/// </summary>
public static class AuraPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 3;

    /// <summary>The slot duration Aura should run with, expressed in milliseconds.</summary>
    public const ulong SlotDuration = 12_000;

    /// <summary>An sr25519 authority key (<c>sp_consensus_aura::sr25519::app_sr25519::Public</c>).</summary>
    public static ScaleType<byte[]> AuthorityId { get; } = new(
        ScaleCodec.FixedBytes(32),
        new MetaType(
            ["sp_consensus_aura", "sr25519", "app_sr25519", "Public"],
            new CompositeDef([new FieldInfo(null, new MetaType(["sp_core", "sr25519", "Public"], new CompositeDef([new FieldInfo(null, Types.Bytes32.Meta, "[u8; 32]")])), "sr25519::Public")])));

    /// <summary>The current authority set.</summary>
    public static readonly StorageValue<byte[][]> Authorities = StorageValue<byte[][]>.WithDefault(
        "Aura",
        nameof(Authorities),
        new ScaleType<byte[][]>(
            ScaleCodec.Vec(AuthorityId.Codec),
            new MetaType(["bounded_collections", "bounded_vec", "BoundedVec"], new CompositeDef([new FieldInfo(null, MetaType.Sequence(AuthorityId.Meta), "Vec<T>")]), [new TypeParameter("T", AuthorityId.Meta), new TypeParameter("S", null)])),
        []);

    /// <summary>The current slot of this block.</summary>
    public static readonly StorageValue<ulong> CurrentSlot = StorageValue<ulong>.WithDefault(
        "Aura",
        nameof(CurrentSlot),
        new ScaleType<ulong>(ScaleCodec.U64, new MetaType(["sp_consensus_slots", "Slot"], new CompositeDef([new FieldInfo(null, Types.U64.Meta, "u64")]))),
        0);

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "Aura",
        Index = Index,
        DocsType = typeof(AuraPallet),
        Storage = [Authorities, CurrentSlot],
        Constants = [PalletConstant.Of(nameof(SlotDuration), Types.U64, SlotDuration, typeof(AuraPallet))],
        OnInitialize = Initialize,
    };

    /// <summary>The slot announced by an Aura pre-runtime digest, if the digest has one.</summary>
    public static ulong? SlotOf(IReadOnlyList<DigestItem> digest)
    {
        foreach (var item in digest)
        {
            if (item.Kind == DigestItemKind.PreRuntime && item.Engine == DigestItem.AuraEngine && item.Data.Length == 8)
            {
                return ScaleCodec.Decode(ScaleCodec.U64, item.Data);
            }
        }

        return null;
    }

    /// <summary>The current block's author: the authority at slot mod authorities, when the block has an Aura digest.</summary>
    public static AccountId32? Author(Externalities ext)
    {
        if (SlotOf(SystemStorage.Digest.Get(ext.State)) is not { } slot)
        {
            return null;
        }

        var authorities = Authorities.Get(ext.State);
        return authorities.Length == 0 ? null : new AccountId32(authorities[(int)(slot % (ulong)authorities.Length)]);
    }

    /// <summary>Aura's check of the timestamp inherent: the timestamp must fall in the current slot.</summary>
    public static bool OnTimestampSet(Externalities ext, ulong moment) => CurrentSlot.Get(ext.State) == moment / SlotDuration;

    private static Weight Initialize(Externalities ext)
    {
        if (SlotOf(SystemStorage.Digest.Get(ext.State)) is not { } slot)
        {
            return RuntimeConstants.DbWeight.Read;
        }

        if (slot <= CurrentSlot.Get(ext.State))
        {
            throw new InvalidBlockException("Slot must increase");
        }

        CurrentSlot.Put(ext.State, slot);
        return RuntimeConstants.DbWeight.Read.SaturatingAdd(RuntimeConstants.DbWeight.Write).SaturatingAdd(RuntimeConstants.DbWeight.Read);
    }
}
