namespace Finney.Runtime.Kernel;

/// <summary>How a dispatch counts against block limits (<c>frame_support::dispatch::DispatchClass</c>).</summary>
public enum DispatchClass : byte
{
    /// <summary>An ordinary transaction, limited to 75 % of the block.</summary>
    Normal = 0,

    /// <summary>A transaction for the chain's operation (sudo, governance); may use the whole block.</summary>
    Operational = 1,

    /// <summary>An inherent that must go into the block whatever its weight.</summary>
    Mandatory = 2,
}

/// <summary>Whether a dispatch pays a fee (<c>frame_support::dispatch::Pays</c>).</summary>
public enum Pays : byte
{
    /// <summary>The transactor pays the fee.</summary>
    Yes = 0,

    /// <summary>No fee is charged.</summary>
    No = 1,
}
