namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>
/// a·A + b·B for a variable point A and the Ristretto basepoint B, in variable time (Straus' method with a
/// width-5 NAF for A and a width-8 NAF over a precomputed table for B). For verification only: its running time
/// depends on the scalars, which must therefore be public.
/// </summary>
internal static class DoubleScalarMultiplication
{
    private const int VariableWidth = 5;
    private const int BaseWidth = 8;

    // B, 3B, 5B, …, 127B: the odd multiples a width-8 NAF digit can select.
    private static readonly AffineNielsPoint[] BaseTable = BuildBaseTable();

    internal static EdwardsPoint Basepoint { get; } = DecodeBasepoint();

    /// <summary>Computes a·A + b·B; both scalars are 32-byte little-endian values below 2^255.</summary>
    internal static EdwardsPoint Compute(ReadOnlySpan<byte> a, in EdwardsPoint point, ReadOnlySpan<byte> b)
    {
        Span<sbyte> aDigits = stackalloc sbyte[256];
        Span<sbyte> bDigits = stackalloc sbyte[256];
        NonAdjacentForm.Compute(a, VariableWidth, aDigits);
        NonAdjacentForm.Compute(b, BaseWidth, bDigits);

        // A, 3A, 5A, …, 15A.
        Span<ProjectiveNielsPoint> table = stackalloc ProjectiveNielsPoint[8];
        table[0] = point.ToProjectiveNiels();
        var doubled = point.Double().ToExtended();
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = doubled.Add(table[i - 1]).ToExtended().ToProjectiveNiels();
        }

        var top = 255;
        while (top >= 0 && aDigits[top] == 0 && bDigits[top] == 0)
        {
            top--;
        }

        var result = ProjectivePoint.Identity;
        for (var i = top; i >= 0; i--)
        {
            var sum = result.Double();
            var da = aDigits[i];
            if (da > 0)
            {
                sum = sum.ToExtended().Add(table[da / 2]);
            }
            else if (da < 0)
            {
                sum = sum.ToExtended().Subtract(table[-da / 2]);
            }

            var db = bDigits[i];
            if (db > 0)
            {
                sum = sum.ToExtended().Add(BaseTable[db / 2]);
            }
            else if (db < 0)
            {
                sum = sum.ToExtended().Subtract(BaseTable[-db / 2]);
            }

            result = sum.ToProjective();
        }

        return result.ToExtended();
    }

    private static EdwardsPoint DecodeBasepoint()
    {
        var decoded = RistrettoEncoding.TryDecode(CurveConstants.BasepointEncoding, out var basepoint);
        System.Diagnostics.Debug.Assert(decoded, "the basepoint encoding is valid");
        return basepoint;
    }

    private static AffineNielsPoint[] BuildBaseTable()
    {
        var basepoint = DecodeBasepoint();
        var table = new AffineNielsPoint[1 << (BaseWidth - 2)];
        var doubled = basepoint.Double().ToExtended();
        var odd = basepoint;
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = odd.ToAffineNiels();
            odd = doubled.Add(odd.ToProjectiveNiels()).ToExtended();
        }

        return table;
    }
}
