namespace Finney.Primitives.Scale.Codecs;

/// <summary>Rust's derived <c>Ord</c> for a pair: by the first item, then the second, each in its Rust order.</summary>
internal sealed class PairComparer<T1, T2> : IComparer<(T1, T2)>
{
    private readonly IComparer<T1> _first = RustOrder.For<T1>();
    private readonly IComparer<T2> _second = RustOrder.For<T2>();

    public int Compare((T1, T2) x, (T1, T2) y)
    {
        var first = _first.Compare(x.Item1, y.Item1);
        return first != 0 ? first : _second.Compare(x.Item2, y.Item2);
    }
}
