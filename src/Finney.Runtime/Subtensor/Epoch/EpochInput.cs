namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Everything one epoch of a subnet reads, as plain per-uid arrays indexed by uid (length = SubnetworkN).
/// A uid without a hotkey (no <c>Keys</c> entry) has stake 0 and block at registration 0, as subtensor reads it.
/// </summary>
public sealed record EpochInput
{
    /// <summary>The current block number.</summary>
    public required ulong CurrentBlock { get; init; }

    /// <summary>Emission to distribute this epoch, in RAO (subtensor's <c>PendingEmission</c>).</summary>
    public required ulong RaoEmission { get; init; }

    /// <summary>The subnet's hyperparameters.</summary>
    public required EpochHyperparameters Hyperparameters { get; init; }

    /// <summary>Total stake of each uid's hotkey in RAO (<c>TotalHotkeyStake</c>).</summary>
    public required ulong[] Stake { get; init; }

    /// <summary>Block of each uid's last weights update (<c>LastUpdate</c>).</summary>
    public required ulong[] LastUpdate { get; init; }

    /// <summary>Block at which each uid's current hotkey registered (<c>BlockAtRegistration</c>).</summary>
    public required ulong[] BlockAtRegistration { get; init; }

    /// <summary>Validator permits from the previous epoch (<c>ValidatorPermit</c>).</summary>
    public required bool[] ValidatorPermit { get; init; }

    /// <summary>Stored weights rows (<c>Weights</c>), one per uid, possibly empty.</summary>
    public required SparseEntry[][] Weights { get; init; }

    /// <summary>Stored bonds rows (<c>Bonds</c>), one per uid, possibly empty.</summary>
    public required SparseEntry[][] Bonds { get; init; }

    /// <summary>The number of uids (SubnetworkN).</summary>
    public int NeuronCount => Stake.Length;

    /// <summary>
    /// Checks the shape subtensor's storage guarantees: equal lengths, at most 65,536 uids, row entries naming
    /// existing uids, no uid twice in a row.
    /// </summary>
    /// <exception cref="ArgumentException">The input breaks one of those rules; the message names it.</exception>
    public void Validate()
    {
        int n = NeuronCount;
        if (n > 65_536)
        {
            throw new ArgumentException($"at most 65536 uids are addressable, got {n}");
        }

        RequireLength(LastUpdate.Length, n, nameof(LastUpdate));
        RequireLength(BlockAtRegistration.Length, n, nameof(BlockAtRegistration));
        RequireLength(ValidatorPermit.Length, n, nameof(ValidatorPermit));
        RequireLength(Weights.Length, n, nameof(Weights));
        RequireLength(Bonds.Length, n, nameof(Bonds));
        var seen = new int[n];
        ValidateRows(Weights, nameof(Weights), seen, 0);
        ValidateRows(Bonds, nameof(Bonds), seen, n);
    }

    private static void RequireLength(int length, int n, string name)
    {
        if (length != n)
        {
            throw new ArgumentException($"{name} has {length} entries, expected {n} (one per uid)");
        }
    }

    // seen[j] holds the stamp of the last row that named j, so duplicates are found in one pass without clearing.
    private static void ValidateRows(SparseEntry[][] rows, string name, int[] seen, int stampBase)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            int stamp = stampBase + i + 1;
            foreach (var entry in rows[i])
            {
                if (entry.Uid >= rows.Length)
                {
                    throw new ArgumentException($"{name}[{i}] names uid {entry.Uid}, but there are {rows.Length} uids");
                }

                if (seen[entry.Uid] == stamp)
                {
                    throw new ArgumentException($"{name}[{i}] names uid {entry.Uid} twice");
                }

                seen[entry.Uid] = stamp;
            }
        }
    }
}
