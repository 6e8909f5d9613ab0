namespace Finney.Sdk.Transactions;

/// <summary>How a transaction is built and how long its submitter waits.</summary>
public sealed class TransactionOptions
{
    /// <summary>
    /// Blocks the transaction stays valid (rounded up to a power of two, 4…65,536); 0 makes it immortal.
    /// Default: 64, about 13 minutes at 12 s blocks — long enough for a busy pool, short enough that a stuck
    /// transaction cannot surprise anyone a day later (btcli's <c>--period/--era</c>).
    /// </summary>
    public ulong Period { get; init; } = 64;

    /// <summary>Tip in RAO on top of the fee. Default: none.</summary>
    public ulong Tip { get; init; }

    /// <summary>The stage after which <see cref="TransactionSubmitter.SubmitAsync"/> returns. Default: in a block.</summary>
    public WaitFor WaitFor { get; init; } = WaitFor.InBlock;

    /// <summary>How long to wait for that stage. Default: 2 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}
