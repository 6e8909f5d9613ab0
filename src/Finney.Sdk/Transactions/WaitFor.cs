namespace Finney.Sdk.Transactions;

/// <summary>The stage a submitter waits for.</summary>
public enum WaitFor
{
    /// <summary>Return once the node accepted it into its pool.</summary>
    Pool,

    /// <summary>Return once it is in a best block (events known, may still be retracted).</summary>
    InBlock,

    /// <summary>Return once its block is finalized.</summary>
    Finalized,
}
