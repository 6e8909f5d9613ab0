using Finney.Primitives.Scale.Codecs;

namespace Finney.Primitives.Scale;

/// <summary>
/// Comparers that order keys as Rust's <c>Ord</c> does, which is the order <c>BTreeMap</c> keys are encoded in.
/// Integers already agree with <see cref="Comparer{T}.Default"/>; byte strings and text do not.
/// </summary>
public static class RustOrder
{
    /// <summary>Lexicographic byte order, as for <c>Vec&lt;u8&gt;</c> and <c>[u8; N]</c> (AccountId32, H256).</summary>
    public static IComparer<byte[]> Bytes { get; } = new LexicographicBytesComparer();

    /// <summary>
    /// Rust's <c>str</c> order: by UTF-8 bytes, which is Unicode code point order. Ordinal .NET comparison
    /// differs for characters above U+FFFF against U+E000–U+FFFF, and culture comparison differs widely.
    /// </summary>
    public static IComparer<string> Strings { get; } = new CodePointStringComparer();

    /// <summary>
    /// The comparer <see cref="ScaleCodec.BTreeMap{TKey, TValue}"/> uses when given none: <see cref="Bytes"/>
    /// for <c>byte[]</c>, <see cref="Strings"/> for <c>string</c>, item by item for pairs and triples (Rust's
    /// derived <c>Ord</c>, e.g. <c>(u16, AccountId)</c> keys), otherwise <see cref="Comparer{T}.Default"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> (or an item of it) has no default order.</exception>
    public static IComparer<T> For<T>()
    {
        if (TupleComparerType(typeof(T)) is { } tupleComparer)
        {
            try
            {
                return (IComparer<T>)Activator.CreateInstance(tupleComparer)!;
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is ArgumentException inner)
            {
                throw new ArgumentException(inner.Message, inner);
            }
        }

        if (typeof(T) == typeof(byte[]))
        {
            return (IComparer<T>)Bytes;
        }

        if (typeof(T) == typeof(string))
        {
            return (IComparer<T>)Strings;
        }

        if (!typeof(IComparable<T>).IsAssignableFrom(typeof(T)) && !typeof(IComparable).IsAssignableFrom(typeof(T)))
        {
            throw new ArgumentException($"{typeof(T).Name} has no default order; pass an IComparer that matches the key's Rust Ord.");
        }

        return Comparer<T>.Default;
    }

    private static Type? TupleComparerType(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        var comparer = definition == typeof(ValueTuple<,>) ? typeof(PairComparer<,>)
            : definition == typeof(ValueTuple<,,>) ? typeof(TripleComparer<,,>)
            : null;
        return comparer?.MakeGenericType(type.GetGenericArguments());
    }
}
