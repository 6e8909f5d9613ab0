namespace Finney.Primitives.Scale.Codecs;

/// <summary>Rust's derived <c>Ord</c> for a triple: item by item, each in its Rust order.</summary>
internal sealed class TripleComparer<T1, T2, T3> : IComparer<(T1, T2, T3)>
{
    private readonly IComparer<T1> _first = RustOrder.For<T1>();
    private readonly IComparer<T2> _second = RustOrder.For<T2>();
    private readonly IComparer<T3> _third = RustOrder.For<T3>();

    public int Compare((T1, T2, T3) x, (T1, T2, T3) y)
    {
        var result = _first.Compare(x.Item1, y.Item1);
        if (result == 0)
        {
            result = _second.Compare(x.Item2, y.Item2);
        }

        return result != 0 ? result : _third.Compare(x.Item3, y.Item3);
    }
}
