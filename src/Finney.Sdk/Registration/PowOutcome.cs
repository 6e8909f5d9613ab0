namespace Finney.Sdk.Registration;

/// <summary>How a search ended.</summary>
public enum PowOutcome
{
    /// <summary>A seal was found.</summary>
    Found,

    /// <summary>The caller's stop check said the block window has passed (or the work is otherwise stale).</summary>
    Stopped,

    /// <summary>The cancellation token fired.</summary>
    Cancelled,
}
