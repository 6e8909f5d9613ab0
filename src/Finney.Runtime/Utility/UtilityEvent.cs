using Finney.Runtime.Kernel;

namespace Finney.Runtime.Utility;

/// <summary>An event of the Utility pallet.</summary>
public abstract record UtilityEvent : RuntimeEvent;

/// <summary>Batch of dispatches did not complete fully. Index of first failing dispatch given, as well as the error.</summary>
public sealed record BatchInterrupted(uint Index, DispatchError Error) : UtilityEvent;

/// <summary>Batch of dispatches completed fully with no error.</summary>
public sealed record BatchCompleted : UtilityEvent
{
    /// <summary>The one value.</summary>
    public static readonly BatchCompleted Instance = new();
}

/// <summary>Batch of dispatches completed but has errors.</summary>
public sealed record BatchCompletedWithErrors : UtilityEvent
{
    /// <summary>The one value.</summary>
    public static readonly BatchCompletedWithErrors Instance = new();
}

/// <summary>A single item within a Batch of dispatches has completed with no error.</summary>
public sealed record ItemCompleted : UtilityEvent
{
    /// <summary>The one value.</summary>
    public static readonly ItemCompleted Instance = new();
}

/// <summary>A single item within a Batch of dispatches has completed with error.</summary>
public sealed record ItemFailed(DispatchError Error) : UtilityEvent;
