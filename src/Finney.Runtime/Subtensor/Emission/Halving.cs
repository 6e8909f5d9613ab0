namespace Finney.Runtime.Subtensor.Emission;

/// <summary>
/// The block reward as a function of issuance: 1 TAO per block, halved each time issuance crosses 10.5 M, 15.75 M,
/// 18.375 M … TAO (half of what remains below the 21 M cap), and zero at the cap. Recycled TAO lowers issuance and
/// so delays the next halving.
/// </summary>
public static class Halving
{
    /// <summary>
    /// <c>⌊10⁹ / 2^k⌋</c> with <c>k = ⌊log2(S / (S − I))⌋</c> for supply S and issuance I, in exact integers: k is the
    /// largest value with <c>2^k · (S − I) ≤ S</c>.
    /// </summary>
    public static ulong BlockEmission(ulong totalIssuance)
    {
        if (totalIssuance >= SubtensorConfig.TotalSupply)
        {
            return 0;
        }

        var remaining = (UInt128)(SubtensorConfig.TotalSupply - totalIssuance);
        int halvings = 0;
        while (halvings < 64 && (remaining << (halvings + 1)) <= SubtensorConfig.TotalSupply)
        {
            halvings++;
        }

        return halvings >= 64 ? 0 : SubtensorConfig.InitialBlockEmission >> halvings;
    }

    /// <summary>A subnet's emission this block: its full-rate share scaled by the current block emission.</summary>
    public static ulong SubnetShare(ulong emissionValue, ulong blockEmission) =>
        (ulong)((UInt128)emissionValue * blockEmission / SubtensorConfig.InitialBlockEmission);
}
