using System.Buffers.Binary;
using Finney.Primitives.Scale;

namespace Finney.Runtime.Subtensor.Weights;

/// <summary>
/// <c>Vec&lt;(u16, u16)&gt;</c> read and written in one pass over the bytes: a weights or bonds row of a large subnet
/// holds thousands of entries, and an epoch reads and writes hundreds of rows (measured: the generic tuple codec
/// made reading 128 rows of 4,096 entries cost several times the epoch itself).
/// </summary>
internal sealed class WeightRowCodec : IScaleCodec<(ushort Uid, ushort Value)[]>
{
    public string TypeName => "Vec<(u16, u16)>";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, (ushort Uid, ushort Value)[] value)
    {
        writer.WriteCompact((ulong)value.Length);
        var span = writer.GetSpan(value.Length * 4);
        for (int i = 0; i < value.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[(i * 4)..], value[i].Uid);
            BinaryPrimitives.WriteUInt16LittleEndian(span[((i * 4) + 2)..], value[i].Value);
        }

        writer.Advance(value.Length * 4);
    }

    public (ushort Uid, ushort Value)[] Decode(ref ScaleReader reader)
    {
        var count = reader.ReadCompactLength(4);
        var bytes = reader.ReadBytes(count * 4);
        var row = new (ushort, ushort)[count];
        for (int i = 0; i < count; i++)
        {
            row[i] = (BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 4)..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[((i * 4) + 2)..]));
        }

        return row;
    }
}
