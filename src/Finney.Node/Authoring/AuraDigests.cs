using System.Buffers.Binary;
using Finney.Node.Blocks;

namespace Finney.Node.Authoring;

/// <summary>Aura's header items as subtensor writes them: the pre-runtime slot (u64 LE) and the sr25519 seal.</summary>
public static class AuraDigests
{
    /// <summary>The <c>PreRuntime("aura", slot)</c> item.</summary>
    public static DigestItem Slot(ulong slot)
    {
        var data = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(data, slot);
        return DigestItem.PreRuntime(DigestItem.AuraEngine, data);
    }

    /// <summary>The slot in <paramref name="header"/>'s Aura pre-runtime item, or null when it has none (genesis).</summary>
    public static ulong? SlotOf(BlockHeader header)
    {
        foreach (var item in header.Digest)
        {
            if (item is { Kind: DigestItemKind.PreRuntime, Engine: DigestItem.AuraEngine, Data.Length: 8 })
            {
                return BinaryPrimitives.ReadUInt64LittleEndian(item.Data);
            }
        }

        return null;
    }
}
