namespace Finney.Primitives.Hashing;

/// <summary>
/// Keccak-256 as Ethereum and subtensor's proof-of-work use it: the original Keccak submission padding (domain
/// byte 0x01), which gives different digests from the standardised SHA3-256.
/// </summary>
public static class Keccak256
{
    /// <summary>Digest size in bytes.</summary>
    public const int HashBytes = 32;

    private const int RateBytes = 136;

    /// <summary>Keccak-256 of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var output = new byte[HashBytes];
        KeccakSponge.Hash(data, output, RateBytes, 0x01);
        return output;
    }

    /// <summary>Writes Keccak-256 of <paramref name="data"/> into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The output is not 32 bytes long.</exception>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length != HashBytes)
        {
            throw new ArgumentException($"Keccak-256 output must be 32 bytes, not {output.Length}.", nameof(output));
        }

        KeccakSponge.Hash(data, output, RateBytes, 0x01);
    }
}
