using Finney.Primitives.Encoding;

namespace Finney.Primitives.Accounts;

/// <summary>
/// A 32-byte account id (AccountId32): the sr25519 or ed25519 public key itself, or blake2-256 of a
/// compressed ECDSA key. Equality and ordering are by bytes, as Rust's <c>[u8; 32]</c> orders them.
/// </summary>
public readonly struct AccountId32 : IEquatable<AccountId32>, IComparable<AccountId32>
{
    /// <summary>Length of an account id in bytes.</summary>
    public const int Length = 32;

    private readonly byte[]? _bytes;

    /// <summary>Creates an account id from exactly 32 bytes (copied).</summary>
    /// <exception cref="ArgumentException">The input is not 32 bytes long.</exception>
    public AccountId32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"An account id is 32 bytes, not {bytes.Length}.", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>The 32 bytes (all zero for <c>default</c>).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Length];

    /// <summary>Parses an SS58 address (any prefix) or 0x-prefixed hex of 32 bytes.</summary>
    /// <exception cref="FormatException">Neither a valid SS58 address of a 32-byte id nor 32 bytes of hex.</exception>
    public static AccountId32 Parse(string text)
    {
        if (TryParse(text, out var id))
        {
            return id;
        }

        throw new FormatException($"'{text}' is neither an SS58 address nor 0x-prefixed hex of 32 bytes.");
    }

    /// <summary>Parses an SS58 address (any prefix) or 0x-prefixed hex of 32 bytes.</summary>
    public static bool TryParse(string text, out AccountId32 id)
    {
        id = default;
        if (Hex.HasPrefix(text))
        {
            if (!Hex.TryDecode(text, out var raw) || raw.Length != Length)
            {
                return false;
            }

            id = new AccountId32(raw);
            return true;
        }

        if (!Ss58.TryDecode(text, out var payload, out _) || payload.Length != Length)
        {
            return false;
        }

        id = new AccountId32(payload);
        return true;
    }

    /// <summary>The SS58 address of this account under <paramref name="prefix"/> (default 42).</summary>
    public string ToSs58(ushort prefix = Ss58.BittensorPrefix) => Ss58.Encode(Bytes, prefix);

    /// <summary>0x-prefixed lowercase hex.</summary>
    public string ToHex() => Hex.Encode(Bytes);

    /// <summary>The SS58 address with prefix 42.</summary>
    public override string ToString() => ToSs58();

    /// <inheritdoc />
    public bool Equals(AccountId32 other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AccountId32 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes[..4]);

    /// <inheritdoc />
    public int CompareTo(AccountId32 other) => Bytes.SequenceCompareTo(other.Bytes);

    /// <summary>Byte equality.</summary>
    public static bool operator ==(AccountId32 left, AccountId32 right) => left.Equals(right);

    /// <summary>Byte inequality.</summary>
    public static bool operator !=(AccountId32 left, AccountId32 right) => !left.Equals(right);

    /// <summary>Byte-wise ordering.</summary>
    public static bool operator <(AccountId32 left, AccountId32 right) => left.CompareTo(right) < 0;

    /// <summary>Byte-wise ordering.</summary>
    public static bool operator >(AccountId32 left, AccountId32 right) => left.CompareTo(right) > 0;

    /// <summary>Byte-wise ordering.</summary>
    public static bool operator <=(AccountId32 left, AccountId32 right) => left.CompareTo(right) <= 0;

    /// <summary>Byte-wise ordering.</summary>
    public static bool operator >=(AccountId32 left, AccountId32 right) => left.CompareTo(right) >= 0;
}
