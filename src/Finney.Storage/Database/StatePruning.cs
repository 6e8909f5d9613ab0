namespace Finney.Storage.Database;

/// <summary>
/// How many past states stay readable. Blocks (headers, bodies, justifications) are always kept; only the state
/// of old blocks is pruned. A state is never pruned before its block is finalized.
/// </summary>
public sealed record StatePruning
{
    /// <summary>The default window: 4,096 blocks (BlockHashCount is 2,400, so every hash clients may name has its state).</summary>
    public const int DefaultKeepBlocks = 4096;

    private StatePruning(int keepBlocks) => KeepBlocks = keepBlocks;

    /// <summary>Keep the state of every block.</summary>
    public static StatePruning Archive { get; } = new(0);

    /// <summary>Keep the last <see cref="DefaultKeepBlocks"/> states.</summary>
    public static StatePruning Default { get; } = new(DefaultKeepBlocks);

    /// <summary>Number of most recent states kept (the head's included); 0 for archive.</summary>
    public int KeepBlocks { get; }

    /// <summary>True when nothing is pruned.</summary>
    public bool IsArchive => KeepBlocks == 0;

    /// <summary>Keep the last <paramref name="blocks"/> states (at least 1: the head's).</summary>
    public static StatePruning KeepLast(int blocks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 1);
        return new StatePruning(blocks);
    }

    /// <inheritdoc />
    public override string ToString() => IsArchive ? "archive" : $"keep {KeepBlocks}";
}
