namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// A codec that knows faster collection codecs for its type than item-by-item loops. The factories ask for
/// them through this interface, because they cannot name the <c>unmanaged</c> constraint the fast paths need.
/// </summary>
internal interface IBulkCodecSource<T>
{
    /// <summary>A codec for <c>Vec&lt;T&gt;</c>.</summary>
    IScaleCodec<T[]> CreateVec();

    /// <summary>A codec for <c>[T; length]</c>.</summary>
    IScaleCodec<T[]> CreateFixedArray(int length);
}
