using Finney.Primitives.Accounts;

namespace Finney.Runtime.Kernel;

/// <summary>Who is calling (<c>frame_system::RawOrigin</c>, numbered as on the wire).</summary>
public enum OriginKind : byte
{
    /// <summary>The chain itself, as through sudo.</summary>
    Root = 0,

    /// <summary>An account that signed the transaction.</summary>
    Signed = 1,

    /// <summary>No one: an inherent or an unsigned transaction.</summary>
    None = 2,
}

/// <summary>The origin of a dispatch: Root, Signed(account) or None.</summary>
public readonly record struct Origin(OriginKind Kind, AccountId32 Signer)
{
    /// <summary>The root origin.</summary>
    public static Origin Root => new(OriginKind.Root, default);

    /// <summary>The none origin (inherents).</summary>
    public static Origin None => new(OriginKind.None, default);

    /// <summary>An account's origin.</summary>
    public static Origin Signed(AccountId32 account) => new(OriginKind.Signed, account);

    /// <summary>True for <see cref="OriginKind.Root"/>.</summary>
    public bool IsRoot => Kind == OriginKind.Root;

    /// <summary>FRAME's <c>ensure_signed</c>: the signer, or <c>BadOrigin</c>.</summary>
    public bool TryEnsureSigned(out AccountId32 who, out DispatchError error)
    {
        who = Signer;
        error = DispatchError.BadOrigin;
        return Kind == OriginKind.Signed;
    }

    /// <summary>FRAME's <c>ensure_root</c>: null when root, otherwise <c>BadOrigin</c>.</summary>
    public DispatchError? EnsureRoot() => Kind == OriginKind.Root ? null : DispatchError.BadOrigin;

    /// <summary>FRAME's <c>ensure_none</c>: null when none, otherwise <c>BadOrigin</c>.</summary>
    public DispatchError? EnsureNone() => Kind == OriginKind.None ? null : DispatchError.BadOrigin;

    /// <inheritdoc />
    public override string ToString() => Kind == OriginKind.Signed ? $"Signed({Signer})" : Kind.ToString();
}
