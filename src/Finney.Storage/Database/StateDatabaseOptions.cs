namespace Finney.Storage.Database;

/// <summary>Settings of a <see cref="StateDatabase"/>; the defaults suit a node.</summary>
public sealed record StateDatabaseOptions
{
    /// <summary>Which past states stay readable. Default: the last 4,096. Fixed when the database is created.</summary>
    public StatePruning Pruning { get; init; } = StatePruning.Default;

    /// <summary>Bytes of trie nodes kept in memory between blocks (the top of the trie is read by every block). Default 128 MiB.</summary>
    public long NodeCacheBytes { get; init; } = 128L << 20;

    /// <summary>At most this many old blocks' released nodes are deleted per commit, so a finality jump cannot stall one commit. Default 16.</summary>
    public int MaxPrunedPerCommit { get; init; } = 16;
}
