using Finney.Primitives.Hashing;
using Finney.Primitives.Keys;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Extrinsics;

/// <summary>The signed part of a v4 extrinsic: who signed, the signature and the extensions' explicit data.</summary>
public sealed record ExtrinsicSignature(MultiAddress Address, MultiSignature Signature, SignedExtra Extra);

/// <summary>
/// A v4 extrinsic as it travels (<c>sp_runtime::generic::UncheckedExtrinsic</c>): compact length ++ version byte
/// (<c>04</c> unsigned, <c>84</c> signed) ++ [address ++ signature ++ extra] ++ call. Keeps its exact bytes, so
/// its hash and the signed payload are computed from what was received.
/// </summary>
public sealed class UncheckedExtrinsic
{
    /// <summary>The version byte of an unsigned (bare) v4 extrinsic.</summary>
    public const byte UnsignedVersion = 0x04;

    /// <summary>The version byte of a signed v4 extrinsic.</summary>
    public const byte SignedVersion = 0x84;

    private readonly int _callStart;
    private readonly int _extraStart;

    private UncheckedExtrinsic(byte[] encoded, ExtrinsicSignature? signature, RuntimeCall call, int extraStart, int callStart)
    {
        Encoded = encoded;
        Signature = signature;
        Call = call;
        _extraStart = extraStart;
        _callStart = callStart;
    }

    /// <summary>The full encoding, length prefix included.</summary>
    public byte[] Encoded { get; }

    /// <summary>The signature, or null for an unsigned extrinsic (an inherent).</summary>
    public ExtrinsicSignature? Signature { get; }

    /// <summary>The decoded call.</summary>
    public RuntimeCall Call { get; }

    /// <summary>The call's bytes within <see cref="Encoded"/>.</summary>
    public ReadOnlySpan<byte> CallBytes => Encoded.AsSpan(_callStart);

    /// <summary>The extensions' explicit data as received (empty when unsigned).</summary>
    public ReadOnlySpan<byte> ExtraBytes => Signature is null ? [] : Encoded.AsSpan(_extraStart, _callStart - _extraStart);

    /// <summary>The transaction hash: BLAKE2b-256 of the full encoding.</summary>
    public byte[] Hash() => Blake2b.Hash256(Encoded);

    /// <summary>Decodes one extrinsic from its full encoding (length prefix included); the input must be exactly one extrinsic.</summary>
    /// <exception cref="ScaleFormatException">The bytes are not a valid v4 extrinsic of this runtime.</exception>
    public static UncheckedExtrinsic Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var reader = new ScaleReader(encoded);
        var length = reader.ReadCompactLength();
        if (length != reader.Remaining)
        {
            throw new ScaleFormatException($"Extrinsic: the length prefix says {length} bytes but {reader.Remaining} follow.", 0);
        }

        var versionOffset = reader.Position;
        var version = reader.ReadU8();
        ExtrinsicSignature? signature = null;
        var extraStart = 0;
        if (version == SignedVersion)
        {
            var address = MultiAddress.Type.Codec.Decode(ref reader);
            var sig = MultiSignature.Type.Codec.Decode(ref reader);
            extraStart = reader.Position;
            signature = new ExtrinsicSignature(address, sig, SignedExtra.Decode(ref reader));
        }
        else if (version != UnsignedVersion)
        {
            throw new ScaleFormatException($"Extrinsic: version byte 0x{version:x2} at offset {versionOffset} is not 0x04 (unsigned v4) or 0x84 (signed v4).", versionOffset);
        }

        var callStart = reader.Position;
        var call = RuntimeTypes.Call.Codec.Decode(ref reader);
        reader.EnsureEnd("Extrinsic");
        return new UncheckedExtrinsic(encoded, signature, call, extraStart, callStart);
    }

    /// <summary>Encodes an unsigned extrinsic (an inherent such as <c>Timestamp.set</c>).</summary>
    public static byte[] EncodeUnsigned(RuntimeCall call)
    {
        using var body = new ScaleWriter();
        body.WriteU8(UnsignedVersion);
        RuntimeTypes.Call.Codec.Encode(body, call);
        return WithLength(body.WrittenSpan);
    }

    /// <summary>Encodes a signed extrinsic from its parts.</summary>
    public static byte[] EncodeSigned(MultiAddress address, MultiSignature signature, SignedExtra extra, RuntimeCall call)
    {
        using var body = new ScaleWriter();
        body.WriteU8(SignedVersion);
        MultiAddress.Type.Codec.Encode(body, address);
        MultiSignature.Type.Codec.Encode(body, signature);
        extra.Encode(body);
        RuntimeTypes.Call.Codec.Encode(body, call);
        return WithLength(body.WrittenSpan);
    }

    /// <summary>
    /// Signs <paramref name="call"/> with <paramref name="key"/> and encodes the extrinsic: the payload is
    /// call ++ extra ++ implicit, BLAKE2b-256-hashed when longer than 256 bytes (for tests, tools and benchmarks).
    /// </summary>
    public static byte[] Sign(IKeyPair key, RuntimeCall call, SignedExtra extra, SignedImplicit @implicit)
    {
        ArgumentNullException.ThrowIfNull(key);
        var callBytes = RuntimeTypes.Call.Encode(call);
        using var extraWriter = new ScaleWriter();
        extra.Encode(extraWriter);
        var payload = SigningPayload.Build(callBytes, extraWriter.WrittenSpan, @implicit);
        var scheme = key.Scheme switch
        {
            KeyScheme.Ed25519 => SignatureScheme.Ed25519,
            KeyScheme.Sr25519 => SignatureScheme.Sr25519,
            _ => SignatureScheme.Ecdsa,
        };
        var signature = new MultiSignature(scheme, key.Sign(payload));
        return EncodeSigned(MultiAddress.Id(key.AccountId), signature, extra, call);
    }

    private static byte[] WithLength(ReadOnlySpan<byte> body)
    {
        using var writer = new ScaleWriter(body.Length + 5);
        writer.WriteCompact((ulong)body.Length);
        writer.WriteBytes(body);
        return writer.ToArray();
    }
}

/// <summary>The bytes a signer signs.</summary>
public static class SigningPayload
{
    /// <summary>Payloads longer than this are hashed with BLAKE2b-256 before signing.</summary>
    public const int MaxUnhashedLength = 256;

    /// <summary>call ++ extra ++ implicit, or its BLAKE2b-256 when longer than 256 bytes.</summary>
    public static byte[] Build(ReadOnlySpan<byte> call, ReadOnlySpan<byte> extra, SignedImplicit @implicit)
    {
        ArgumentNullException.ThrowIfNull(@implicit);
        using var writer = new ScaleWriter(call.Length + extra.Length + 80);
        writer.WriteBytes(call);
        writer.WriteBytes(extra);
        @implicit.Encode(writer);
        return writer.Length > MaxUnhashedLength ? Blake2b.Hash256(writer.WrittenSpan) : writer.ToArray();
    }
}
