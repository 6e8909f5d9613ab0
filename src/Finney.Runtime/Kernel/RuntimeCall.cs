namespace Finney.Runtime.Kernel;

/// <summary>
/// A decoded call of some pallet: a record whose fields are the call's arguments in wire order. Each pallet has
/// an abstract base record (e.g. <c>BalancesCall</c>) and one sealed record per call, in its own file.
/// </summary>
public abstract record RuntimeCall
{
    /// <summary>The call's declared weight, class and fee rule (FRAME's <c>#[pallet::weight]</c>).</summary>
    public abstract DispatchInfo GetDispatchInfo();

    /// <summary>Runs the call. Use <see cref="Dispatcher"/> rather than calling this directly: it adds the storage transaction and error mapping.</summary>
    public abstract DispatchResult Dispatch(Origin origin, Externalities ext);
}

/// <summary>An event of some pallet: a record whose fields are the event's fields in wire order.</summary>
public abstract record RuntimeEvent;

/// <summary>One entry of <c>System.Events</c>: when it happened, the event, and its topics (<c>frame_system::EventRecord</c>).</summary>
public sealed record EventRecord(Phase Phase, RuntimeEvent Event, IReadOnlyList<byte[]> Topics);
