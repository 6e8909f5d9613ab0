using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Finney.Primitives.Hashing;

namespace Finney.Primitives.Crypto.Merlin;

/// <summary>
/// The subset of STROBE-128/1600 (v1.0.2) that Merlin uses: meta-AD, AD, PRF and KEY, with the same
/// <c>pos</c>/<c>pos_begin</c>/flags bookkeeping as the reference so every byte of the sponge state matches.
/// A value type: copying it forks the sponge, which is how transcripts are cloned.
/// </summary>
internal struct Strobe128
{
    /// <summary>The STROBE rate R for 128-bit security: 200 − 2·(128/4) − 2 bytes.</summary>
    internal const int Rate = 166;

    private const byte FlagI = 1;
    private const byte FlagA = 1 << 1;
    private const byte FlagC = 1 << 2;
    private const byte FlagM = 1 << 4;

    private KeccakState _state;
    private int _pos;
    private int _posBegin;
    private byte _curFlags;

    /// <summary>Initialises the sponge for STROBE-128 and absorbs <paramref name="protocolLabel"/> as meta-AD.</summary>
    internal Strobe128(ReadOnlySpan<byte> protocolLabel)
    {
        var bytes = Bytes;
        ReadOnlySpan<byte> header = [1, Rate + 2, 1, 0, 1, 96];
        header.CopyTo(bytes);
        "STROBEv1.0.2"u8.CopyTo(bytes[6..]);
        Permute();
        MetaAd(protocolLabel, more: false);
    }

    /// <summary>Current offset in the rate part of the state (exposed for conformance tests).</summary>
    internal readonly int Position => _pos;

    /// <summary>Offset where the current operation began, plus one (exposed for conformance tests).</summary>
    internal readonly int PositionBegin => _posBegin;

    /// <summary>Flags of the current operation (exposed for conformance tests).</summary>
    internal readonly byte CurrentFlags => _curFlags;

    /// <summary>The 200-byte sponge state as bytes; lane i occupies bytes 8i..8i+7 little-endian.</summary>
    [UnscopedRef]
    internal Span<byte> Bytes => MemoryMarshal.AsBytes((Span<ulong>)_state);

    /// <summary>Absorbs framing metadata (flags M|A).</summary>
    internal void MetaAd(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagM | FlagA, more);
        Absorb(data);
    }

    /// <summary>Absorbs associated data (flag A).</summary>
    internal void Ad(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagA, more);
        Absorb(data);
    }

    /// <summary>Squeezes pseudorandom output (flags I|A|C), zeroing the squeezed state bytes.</summary>
    internal void Prf(Span<byte> destination, bool more)
    {
        BeginOp(FlagI | FlagA | FlagC, more);
        Squeeze(destination);
    }

    /// <summary>Rekeys by overwriting state bytes with <paramref name="data"/> (flags A|C).</summary>
    internal void Key(ReadOnlySpan<byte> data, bool more)
    {
        BeginOp(FlagA | FlagC, more);
        Overwrite(data);
    }

    /// <summary>Zeroes the sponge state and counters.</summary>
    internal void Clear()
    {
        CryptographicOperations.ZeroMemory(Bytes);
        _pos = 0;
        _posBegin = 0;
        _curFlags = 0;
    }

    private void BeginOp(byte flags, bool more)
    {
        if (more)
        {
            // Continuing an operation must keep its flags; Merlin only continues meta-AD with meta-AD.
            if (_curFlags != flags)
            {
                throw new InvalidOperationException($"STROBE operation continued with flags {flags:b} instead of {_curFlags:b}.");
            }

            return;
        }

        var oldBegin = (byte)_posBegin;
        _posBegin = _pos + 1;
        _curFlags = flags;
        Absorb([oldBegin, flags]);

        // Operations with C (PRF, KEY) must start on a fresh block.
        if ((flags & FlagC) != 0 && _pos != 0)
        {
            RunF();
        }
    }

    private void Absorb(ReadOnlySpan<byte> data)
    {
        var state = Bytes;
        while (!data.IsEmpty)
        {
            var n = Math.Min(Rate - _pos, data.Length);
            var target = state.Slice(_pos, n);
            for (var i = 0; i < n; i++)
            {
                target[i] ^= data[i];
            }

            Advance(n);
            data = data[n..];
        }
    }

    private void Overwrite(ReadOnlySpan<byte> data)
    {
        var state = Bytes;
        while (!data.IsEmpty)
        {
            var n = Math.Min(Rate - _pos, data.Length);
            data[..n].CopyTo(state.Slice(_pos, n));
            Advance(n);
            data = data[n..];
        }
    }

    private void Squeeze(Span<byte> destination)
    {
        var state = Bytes;
        while (!destination.IsEmpty)
        {
            var n = Math.Min(Rate - _pos, destination.Length);
            var source = state.Slice(_pos, n);
            source.CopyTo(destination);
            source.Clear();
            Advance(n);
            destination = destination[n..];
        }
    }

    private void Advance(int n)
    {
        _pos += n;
        if (_pos == Rate)
        {
            RunF();
        }
    }

    private void RunF()
    {
        var state = Bytes;
        state[_pos] ^= (byte)_posBegin;
        state[_pos + 1] ^= 0x04;
        state[Rate + 1] ^= 0x80;
        Permute();
        _pos = 0;
        _posBegin = 0;
    }

    private void Permute()
    {
        Span<ulong> lanes = _state;

        // The byte view above is the little-endian lane layout; only a big-endian host needs the swap.
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(lanes, lanes);
        }

        KeccakF1600.Permute(lanes);
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(lanes, lanes);
        }
    }
}
