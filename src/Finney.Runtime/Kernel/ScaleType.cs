using Finney.Runtime.Kernel.Metadata;
using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel;

/// <summary>A value type as the runtime declares it: how it encodes, and how it is described in metadata.</summary>
/// <typeparam name="T">The .NET type of values.</typeparam>
public sealed record ScaleType<T>(IScaleCodec<T> Codec, MetaType Meta)
{
    /// <summary>Encodes one value.</summary>
    public byte[] Encode(T value) => ScaleCodec.Encode(Codec, value);

    /// <summary>Decodes one whole value.</summary>
    public T Decode(ReadOnlySpan<byte> bytes) => ScaleCodec.Decode(Codec, bytes);
}
