using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

/// <summary>FsCheck generators for SCALE values: full-width integers biased towards compact-mode boundaries, Unicode text, options, maps.</summary>
internal static class ScaleGen
{
    public static Gen<byte> Byte { get; } = Gen.Choose(0, 255).Select(b => (byte)b);

    public static Gen<ulong> AnyU64 { get; } = Gen.ArrayOf(Gen.Choose(0, 0xffff), 4)
        .Select(p => ((ulong)(uint)p[0] << 48) | ((ulong)(uint)p[1] << 32) | ((ulong)(uint)p[2] << 16) | (uint)p[3]);

    // Values around every power of two plus the compact mode limits, and values of every bit length.
    public static Gen<UInt128> U128 { get; } = Gen.Frequency(
        (1, Gen.Elements(Boundaries())),
        (3, Gen.Zip(Gen.Zip(AnyU64, AnyU64), Gen.Choose(0, 128))
            .Select(t => t.Item2 == 0 ? UInt128.Zero : new UInt128(t.Item1.Item1, t.Item1.Item2) >> (128 - t.Item2))));

    public static Gen<ulong> U64 { get; } = U128.Select(v => (ulong)v);

    public static Gen<uint> U32 { get; } = U128.Select(v => (uint)v);

    public static Gen<ushort> U16 { get; } = U128.Select(v => (ushort)v);

    public static Gen<long> I64 { get; } = U128.Select(v => (long)(ulong)v);

    public static Gen<Int128> I128 { get; } = U128.Select(v => (Int128)v);

    // Code points from each UTF-8 length class, surrogates excluded.
    public static Gen<string> Text { get; } = Gen.ArrayOf(Gen.Frequency(
            (4, Gen.Choose(0, 0x7f)),
            (2, Gen.Choose(0x80, 0x7ff)),
            (2, Gen.Choose(0x800, 0xffff).Where(c => c is < 0xd800 or > 0xdfff)),
            (1, Gen.Choose(0x10000, 0x10ffff))))
        .Select(points => string.Concat(points.Select(p => new Rune(p).ToString())));

    public static Gen<byte[]> Bytes { get; } = Gen.ArrayOf(Byte);

    public static Gen<Option<T>> OptionOf<T>(Gen<T> value) => Gen.Frequency(
        (1, Gen.Constant(Option<T>.None)),
        (3, value.Select(Option.Some)));

    public static Gen<Result<TOk, TErr>> ResultOf<TOk, TErr>(Gen<TOk> ok, Gen<TErr> err) => Gen.OneOf(
        ok.Select(Result<TOk, TErr>.Ok),
        err.Select(Result<TOk, TErr>.Err));

    public static Gen<IReadOnlyDictionary<TKey, TValue>> MapOf<TKey, TValue>(Gen<TKey> key, Gen<TValue> value)
        where TKey : notnull => Gen.ArrayOf(Gen.Zip(key, value)).Select(pairs =>
        {
            var map = new Dictionary<TKey, TValue>();
            foreach (var (k, v) in pairs)
            {
                map.TryAdd(k, v);
            }

            return (IReadOnlyDictionary<TKey, TValue>)map;
        });

    public static Gen<(T1, T2, T3)> Zip<T1, T2, T3>(Gen<T1> first, Gen<T2> second, Gen<T3> third) =>
        Gen.Zip(Gen.Zip(first, second), third).Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2));

    public static Gen<Shape> Shape { get; } = Gen.OneOf(
        U32.Select(r => (Shape)new Shape.Circle(r)),
        Gen.Zip(U16, U16).Select(t => (Shape)new Shape.Rect(t.Item1, t.Item2)),
        Text.Select(n => (Shape)new Shape.Named(n)),
        Gen.Constant((Shape)Tests.Scale.Shape.Empty.Instance));

    private static UInt128[] Boundaries()
    {
        var values = new List<UInt128> { 63, 64, 16383, 16384, (1u << 30) - 1, 1u << 30, UInt128.MaxValue };
        for (var bit = 0; bit < 128; bit++)
        {
            var power = UInt128.One << bit;
            values.AddRange([power - 1, power, power + 1]);
        }

        return [.. values];
    }
}
