using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// A fixed-width little-endian integer (<c>u8</c>…<c>u128</c>, <c>i8</c>…<c>i128</c>). The type tests fold
/// away when the JIT specialises the class for each <typeparamref name="T"/>, leaving one reader call.
/// Collections of these take the bulk paths in <see cref="BlittableVecCodec{T}"/>.
/// </summary>
internal sealed class IntegerCodec<T> : IScaleCodec<T>, IBulkCodecSource<T>
    where T : unmanaged
{
    public IntegerCodec(string typeName)
    {
        TypeName = typeName;
    }

    public string TypeName { get; }

    public int MinEncodedSize => Unsafe.SizeOf<T>();

    public IScaleCodec<T[]> CreateVec() => new BlittableVecCodec<T>(this);

    public IScaleCodec<T[]> CreateFixedArray(int length) => new BlittableArrayCodec<T>(this, length);

    public void Encode(ScaleWriter writer, T value)
    {
        if (typeof(T) == typeof(byte)) writer.WriteU8(Unsafe.As<T, byte>(ref value));
        else if (typeof(T) == typeof(ushort)) writer.WriteU16(Unsafe.As<T, ushort>(ref value));
        else if (typeof(T) == typeof(uint)) writer.WriteU32(Unsafe.As<T, uint>(ref value));
        else if (typeof(T) == typeof(ulong)) writer.WriteU64(Unsafe.As<T, ulong>(ref value));
        else if (typeof(T) == typeof(UInt128)) writer.WriteU128(Unsafe.As<T, UInt128>(ref value));
        else if (typeof(T) == typeof(sbyte)) writer.WriteI8(Unsafe.As<T, sbyte>(ref value));
        else if (typeof(T) == typeof(short)) writer.WriteI16(Unsafe.As<T, short>(ref value));
        else if (typeof(T) == typeof(int)) writer.WriteI32(Unsafe.As<T, int>(ref value));
        else if (typeof(T) == typeof(long)) writer.WriteI64(Unsafe.As<T, long>(ref value));
        else if (typeof(T) == typeof(Int128)) writer.WriteI128(Unsafe.As<T, Int128>(ref value));
        else throw new UnreachableException($"no SCALE integer for {typeof(T)}");
    }

    public T Decode(ref ScaleReader reader)
    {
        if (typeof(T) == typeof(byte)) return As(reader.ReadU8());
        if (typeof(T) == typeof(ushort)) return As(reader.ReadU16());
        if (typeof(T) == typeof(uint)) return As(reader.ReadU32());
        if (typeof(T) == typeof(ulong)) return As(reader.ReadU64());
        if (typeof(T) == typeof(UInt128)) return As(reader.ReadU128());
        if (typeof(T) == typeof(sbyte)) return As(reader.ReadI8());
        if (typeof(T) == typeof(short)) return As(reader.ReadI16());
        if (typeof(T) == typeof(int)) return As(reader.ReadI32());
        if (typeof(T) == typeof(long)) return As(reader.ReadI64());
        if (typeof(T) == typeof(Int128)) return As(reader.ReadI128());
        throw new UnreachableException($"no SCALE integer for {typeof(T)}");
    }

    private static T As<TFrom>(TFrom value)
        where TFrom : unmanaged => Unsafe.As<TFrom, T>(ref value);
}
