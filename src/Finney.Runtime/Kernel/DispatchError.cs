using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel;

/// <summary>The variants of <c>sp_runtime::DispatchError</c>, numbered as on the wire.</summary>
public enum DispatchErrorKind : byte
{
    /// <summary>Some error occurred.</summary>
    Other = 0,

    /// <summary>Failed to lookup some data.</summary>
    CannotLookup = 1,

    /// <summary>A bad origin.</summary>
    BadOrigin = 2,

    /// <summary>A custom error in a module.</summary>
    Module = 3,

    /// <summary>At least one consumer is remaining so the account cannot be destroyed.</summary>
    ConsumerRemaining = 4,

    /// <summary>There are no providers so the account cannot be created.</summary>
    NoProviders = 5,

    /// <summary>There are too many consumers so the account cannot be created.</summary>
    TooManyConsumers = 6,

    /// <summary>An error to do with tokens.</summary>
    Token = 7,

    /// <summary>An arithmetic error.</summary>
    Arithmetic = 8,

    /// <summary>The number of transactional layers has been reached, or we are not in a transactional layer.</summary>
    Transactional = 9,

    /// <summary>Resources exhausted, e.g. attempt to read/write data which is too large to manipulate.</summary>
    Exhausted = 10,

    /// <summary>The state is corrupt; this is generally not going to fix itself.</summary>
    Corruption = 11,

    /// <summary>Some resource (e.g. a preimage) is unavailable right now. This might fix itself later.</summary>
    Unavailable = 12,

    /// <summary>Root origin is not allowed.</summary>
    RootNotAllowed = 13,

    /// <summary>An error with tries.</summary>
    Trie = 14,
}

/// <summary>Token errors (<c>sp_runtime::TokenError</c>).</summary>
public enum TokenError : byte
{
    /// <summary>Funds are unavailable.</summary>
    FundsUnavailable = 0,

    /// <summary>Some part of the balance gives the only provider reference to the account and thus cannot be (re)moved.</summary>
    OnlyProvider = 1,

    /// <summary>Account cannot exist with the funds that would be given.</summary>
    BelowMinimum = 2,

    /// <summary>Account cannot be created.</summary>
    CannotCreate = 3,

    /// <summary>The asset in question is unknown.</summary>
    UnknownAsset = 4,

    /// <summary>Funds exist but are frozen.</summary>
    Frozen = 5,

    /// <summary>Operation is not supported by the asset.</summary>
    Unsupported = 6,

    /// <summary>Account cannot be created for a held balance.</summary>
    CannotCreateHold = 7,

    /// <summary>Withdrawal would cause unwanted loss of account.</summary>
    NotExpendable = 8,

    /// <summary>Account cannot receive the assets.</summary>
    Blocked = 9,
}

/// <summary>Arithmetic errors (<c>sp_arithmetic::ArithmeticError</c>).</summary>
public enum ArithmeticError : byte
{
    /// <summary>Underflow.</summary>
    Underflow = 0,

    /// <summary>Overflow.</summary>
    Overflow = 1,

    /// <summary>Division by zero.</summary>
    DivisionByZero = 2,
}

/// <summary>Errors of the storage transaction layer (<c>sp_runtime::TransactionalError</c>).</summary>
public enum TransactionalError : byte
{
    /// <summary>Too many transactional layers have been spawned.</summary>
    LimitReached = 0,

    /// <summary>A transactional layer was expected, but does not exist.</summary>
    NoLayer = 1,
}

/// <summary>
/// Why a dispatch failed, encoded exactly as <c>sp_runtime::DispatchError</c>: the variant byte, then for
/// <see cref="DispatchErrorKind.Module"/> the pallet index and four error bytes (<c>ModuleError</c>), and for
/// Token/Arithmetic/Transactional/Trie one sub-variant byte.
/// </summary>
public readonly record struct DispatchError(DispatchErrorKind Kind, byte ModuleIndex = 0, uint ModuleErrorBytes = 0, byte SubError = 0)
{
    /// <summary>The SCALE codec.</summary>
    public static IScaleCodec<DispatchError> Codec { get; } = new DispatchErrorCodec();

    /// <summary><c>BadOrigin</c>.</summary>
    public static DispatchError BadOrigin => new(DispatchErrorKind.BadOrigin);

    /// <summary><c>CannotLookup</c>: an address that names no account.</summary>
    public static DispatchError CannotLookup => new(DispatchErrorKind.CannotLookup);

    /// <summary><c>Other</c>.</summary>
    public static DispatchError Other => new(DispatchErrorKind.Other);

    /// <summary><c>ConsumerRemaining</c>.</summary>
    public static DispatchError ConsumerRemaining => new(DispatchErrorKind.ConsumerRemaining);

    /// <summary><c>Module { index, error: [error, 0, 0, 0] }</c>: error number <paramref name="error"/> of pallet <paramref name="palletIndex"/>.</summary>
    public static DispatchError Module(byte palletIndex, byte error) => new(DispatchErrorKind.Module, palletIndex, error);

    /// <summary><c>Token(error)</c>.</summary>
    public static DispatchError Token(TokenError error) => new(DispatchErrorKind.Token, SubError: (byte)error);

    /// <summary><c>Arithmetic(error)</c>.</summary>
    public static DispatchError Arithmetic(ArithmeticError error) => new(DispatchErrorKind.Arithmetic, SubError: (byte)error);

    /// <summary><c>Transactional(error)</c>.</summary>
    public static DispatchError Transactional(TransactionalError error) => new(DispatchErrorKind.Transactional, SubError: (byte)error);

    /// <summary>The first byte of a module error: the index of the variant in the pallet's error enum.</summary>
    public byte ModuleErrorIndex => (byte)(ModuleErrorBytes & 0xff);

    /// <summary>As polkadot.js prints it, e.g. <c>Module(5, 2)</c> or <c>Token(FundsUnavailable)</c>.</summary>
    public override string ToString() => Kind switch
    {
        DispatchErrorKind.Module => $"Module({ModuleIndex}, {ModuleErrorIndex})",
        DispatchErrorKind.Token => $"Token({(TokenError)SubError})",
        DispatchErrorKind.Arithmetic => $"Arithmetic({(ArithmeticError)SubError})",
        DispatchErrorKind.Transactional => $"Transactional({(TransactionalError)SubError})",
        DispatchErrorKind.Trie => $"Trie({SubError})",
        _ => Kind.ToString(),
    };

    private sealed class DispatchErrorCodec : IScaleCodec<DispatchError>
    {
        public string TypeName => "DispatchError";

        public int MinEncodedSize => 1;

        public void Encode(ScaleWriter writer, DispatchError value)
        {
            writer.WriteU8((byte)value.Kind);
            switch (value.Kind)
            {
                case DispatchErrorKind.Module:
                    writer.WriteU8(value.ModuleIndex);
                    writer.WriteU32(value.ModuleErrorBytes);
                    break;
                case DispatchErrorKind.Token or DispatchErrorKind.Arithmetic or DispatchErrorKind.Transactional or DispatchErrorKind.Trie:
                    writer.WriteU8(value.SubError);
                    break;
            }
        }

        public DispatchError Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            var kind = reader.ReadU8();
            return kind switch
            {
                (byte)DispatchErrorKind.Module => new DispatchError(DispatchErrorKind.Module, reader.ReadU8(), reader.ReadU32()),
                (byte)DispatchErrorKind.Token => Sub(ref reader, DispatchErrorKind.Token, 9),
                (byte)DispatchErrorKind.Arithmetic => Sub(ref reader, DispatchErrorKind.Arithmetic, 2),
                (byte)DispatchErrorKind.Transactional => Sub(ref reader, DispatchErrorKind.Transactional, 1),
                (byte)DispatchErrorKind.Trie => Sub(ref reader, DispatchErrorKind.Trie, 13),
                <= (byte)DispatchErrorKind.Trie => new DispatchError((DispatchErrorKind)kind),
                _ => throw new ScaleFormatException($"DispatchError: variant index {kind} at offset {offset} is not declared.", offset),
            };
        }

        private static DispatchError Sub(ref ScaleReader reader, DispatchErrorKind kind, byte max)
        {
            var offset = reader.Position;
            var sub = reader.ReadU8();
            return sub <= max
                ? new DispatchError(kind, SubError: sub)
                : throw new ScaleFormatException($"DispatchError::{kind}: variant index {sub} at offset {offset} is not declared.", offset);
        }
    }
}
