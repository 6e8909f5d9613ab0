using System.Buffers;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Pooled scratch arrays for one epoch, returned together when the epoch ends. The entry-sized matrices are
/// megabytes each; allocating them afresh every epoch lands them on the large object heap and costs a full (gen 2)
/// collection per epoch. Rented arrays may be longer than asked and hold stale data: every user writes an element
/// before reading it and bounds its loops by the matrix's own counts, never by the array's length.
/// </summary>
internal sealed class EpochBuffers : IDisposable
{
    private readonly List<Action> _returns = [];

    /// <summary>An array of at least <paramref name="length"/> elements, contents unspecified.</summary>
    public T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        _returns.Add(() => ArrayPool<T>.Shared.Return(array));
        return array;
    }

    /// <summary>Returns every rented array to the pool.</summary>
    public void Dispose()
    {
        foreach (var giveBack in _returns)
        {
            giveBack();
        }

        _returns.Clear();
    }
}
