namespace Finney.Primitives.Hashing;

/// <summary>SHA3-256 as standardised in FIPS 202 (domain byte 0x06); not the same digest as <see cref="Keccak256"/>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707", Justification = "Named like System.Security.Cryptography.SHA3_256.")]
public static class Sha3_256
{
    /// <summary>Digest size in bytes.</summary>
    public const int HashBytes = 32;

    private const int RateBytes = 136;

    /// <summary>SHA3-256 of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var output = new byte[HashBytes];
        KeccakSponge.Hash(data, output, RateBytes, 0x06);
        return output;
    }

    /// <summary>Writes SHA3-256 of <paramref name="data"/> into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The output is not 32 bytes long.</exception>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length != HashBytes)
        {
            throw new ArgumentException($"SHA3-256 output must be 32 bytes, not {output.Length}.", nameof(output));
        }

        KeccakSponge.Hash(data, output, RateBytes, 0x06);
    }
}
