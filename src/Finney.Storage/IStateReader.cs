namespace Finney.Storage;

/// <summary>
/// Read access to one version of the chain state (the state after some block): a sorted map from
/// byte keys to byte values. The runtime sees state only through this and <see cref="StateOverlay"/>.
/// </summary>
public interface IStateReader
{
    /// <summary>The value stored under <paramref name="key"/>, or null when there is none.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    /// <summary>
    /// The smallest key strictly greater than <paramref name="key"/>, or null when there is none
    /// (Substrate's <c>next_key</c>; iteration over a map is repeated calls from its prefix).
    /// </summary>
    byte[]? NextKey(ReadOnlySpan<byte> key);
}
