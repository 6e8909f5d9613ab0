using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Chain;

/// <summary>A block that just became best, with the state changes it made (storage subscriptions use them).</summary>
public sealed record ImportedBlock(Block Block, Hash256 Hash, IReadOnlyList<StateChange> Changes)
{
    private Dictionary<byte[], byte[]?>? _byKey;

    /// <summary>Its number.</summary>
    public uint Number => Block.Header.Number;

    /// <summary>The changes by key, built once and shared by every storage subscription.</summary>
    public IReadOnlyDictionary<byte[], byte[]?> ChangesByKey
    {
        get
        {
            if (Volatile.Read(ref _byKey) is { } built)
            {
                return built;
            }

            var byKey = new Dictionary<byte[], byte[]?>(Changes.Count, ByteKeyComparer.Instance);
            foreach (var change in Changes)
            {
                byKey[change.Key] = change.Value;
            }

            return Interlocked.CompareExchange(ref _byKey, byKey, null) ?? byKey;
        }
    }
}
