using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Accounts;

/// <summary>
/// SS58 addresses: base58(prefix ‖ payload ‖ checksum), where the checksum is the first two bytes of
/// BLAKE2b-512("SS58PRE" ‖ prefix ‖ payload). Prefixes below 64 take one byte, 64…16383 two.
/// Bittensor uses prefix 42 (addresses starting with 5).
/// </summary>
public static class Ss58
{
    /// <summary>The prefix Bittensor and generic Substrate chains use.</summary>
    public const ushort BittensorPrefix = 42;

    /// <summary>Largest prefix SS58 can express.</summary>
    public const ushort MaxPrefix = 16383;

    private const int ChecksumLength = 2;

    private static ReadOnlySpan<byte> Preamble => "SS58PRE"u8;

    /// <summary>Encodes a 32-byte account id or a 33-byte compressed public key under <paramref name="prefix"/>.</summary>
    /// <exception cref="ArgumentException">The payload is not 32 or 33 bytes or the prefix is above 16383.</exception>
    public static string Encode(ReadOnlySpan<byte> payload, ushort prefix = BittensorPrefix)
    {
        if (payload.Length is not (32 or 33))
        {
            throw new ArgumentException($"SS58 payload must be 32 or 33 bytes, not {payload.Length}.", nameof(payload));
        }

        if (prefix > MaxPrefix)
        {
            throw new ArgumentOutOfRangeException(nameof(prefix), prefix, "SS58 prefixes go up to 16383.");
        }

        Span<byte> prefixBytes = stackalloc byte[2];
        var prefixLength = WritePrefix(prefix, prefixBytes);
        var raw = new byte[prefixLength + payload.Length + ChecksumLength];
        prefixBytes[..prefixLength].CopyTo(raw);
        payload.CopyTo(raw.AsSpan(prefixLength));
        Checksum(raw.AsSpan(0, prefixLength + payload.Length)).CopyTo(raw.AsSpan(prefixLength + payload.Length));
        return Base58.Encode(raw);
    }

    /// <summary>Decodes an address into its payload (32 or 33 bytes) and prefix; false for anything malformed.</summary>
    public static bool TryDecode(ReadOnlySpan<char> address, out byte[] payload, out ushort prefix)
    {
        payload = [];
        prefix = 0;
        if (address.Length > 64 || !Base58.TryDecode(address, out var raw) || raw.Length < 2)
        {
            return false;
        }

        var prefixLength = ReadPrefix(raw, out prefix);
        var payloadLength = raw.Length - prefixLength - ChecksumLength;
        if (prefixLength == 0 || payloadLength is not (32 or 33))
        {
            return false;
        }

        var body = raw.AsSpan(0, prefixLength + payloadLength);
        if (!Checksum(body).SequenceEqual(raw.AsSpan(body.Length)))
        {
            return false;
        }

        payload = body[prefixLength..].ToArray();
        return true;
    }

    /// <summary>Decodes an address, naming the problem when it is malformed.</summary>
    /// <exception cref="FormatException">Not base58, wrong length, bad prefix or checksum mismatch.</exception>
    public static byte[] Decode(string address, out ushort prefix)
    {
        if (!TryDecode(address, out var payload, out prefix))
        {
            throw new FormatException($"'{address}' is not a valid SS58 address (base58, 32- or 33-byte payload, checksum).");
        }

        return payload;
    }

    private static int WritePrefix(ushort prefix, Span<byte> output)
    {
        if (prefix < 64)
        {
            output[0] = (byte)prefix;
            return 1;
        }

        output[0] = (byte)(((prefix & 0xfc) >> 2) | 0x40);
        output[1] = (byte)((prefix >> 8) | ((prefix & 0x03) << 6));
        return 2;
    }

    private static int ReadPrefix(ReadOnlySpan<byte> raw, out ushort prefix)
    {
        switch (raw[0])
        {
            case < 64:
                prefix = raw[0];
                return 1;
            case < 128:
                var lower = (raw[0] << 2) | (raw[1] >> 6);
                var upper = raw[1] & 0x3f;
                prefix = (ushort)((lower & 0xff) | (upper << 8));
                return 2;
            default:
                // 128 and above are reserved by the SS58 spec.
                prefix = 0;
                return 0;
        }
    }

    private static byte[] Checksum(ReadOnlySpan<byte> body)
    {
        var input = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(input);
        body.CopyTo(input.AsSpan(Preamble.Length));
        return Blake2b.Hash512(input)[..ChecksumLength];
    }
}
