using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.Sudo;

/// <summary>A call of the Sudo pallet. Every sudo call is fee-free once the key is verified.</summary>
public abstract record SudoCall : RuntimeCall
{
    private static readonly Field<RuntimeCall> Call = Field.Of("call", RuntimeTypes.Call, "Box<<T as Config>::RuntimeCall>");

    /// <summary>The call table.</summary>
    public static readonly VariantTable<SudoCall> Table = new VariantTable<SudoCall>("pallet_sudo", "pallet", "Call")
        .Add(0, "sudo", Call, c => new SudoDispatch(c), c => c.Call)
        .Add(1, "sudo_unchecked_weight", Call, Field.Of("weight", Types.Weight, "Weight"), (c, w) => new SudoUncheckedWeight(c, w), c => (c.Call, c.Weight))
        .Add(2, "set_key", Field.Of("new", MultiAddress.Type, "AccountIdLookupOf<T>"), n => new SetKey(n), c => c.New)
        .Add(3, "sudo_as", Field.Of("who", MultiAddress.Type, "AccountIdLookupOf<T>"), Call, (w, c) => new SudoAs(w, c), c => (c.Who, c.Call))
        .Add(4, "remove_key", RemoveKey.Instance);

    /// <summary>The fixed weight of the sudo check itself.</summary>
    protected static Weight SudoWeight => new Weight(10_000_000, 1_517).WithDbAccess(1, 0);

    /// <summary>A successful sudo dispatch: no fee.</summary>
    protected static DispatchResult NoFee => new(null, new PostDispatchInfo(null, Pays.No));
}

/// <summary>Authenticates the sudo key and dispatches a function call with <c>Root</c> origin.</summary>
/// <param name="Call">The call to dispatch as root.</param>
public sealed record SudoDispatch(RuntimeCall Call) : SudoCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo()
    {
        var inner = Call.GetDispatchInfo();
        return new DispatchInfo(SudoWeight.SaturatingAdd(inner.Weight), inner.Class, Pays.Yes);
    }

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (SudoPallet.EnsureSudo(origin, ext) is { } error)
        {
            return error;
        }

        var result = Dispatcher.DispatchBypassFilter(Call, Origin.Root, ext);
        ext.DepositEvent(new Sudid(result));
        return NoFee;
    }
}

/// <summary>
/// Authenticates the sudo key and dispatches a function call with <c>Root</c> origin. This function does not check
/// the weight of the call, and instead allows the Sudo user to specify the weight of the call.
/// </summary>
/// <remarks>The dispatch origin for this call must be <c>Signed</c>.</remarks>
/// <param name="Call">The call to dispatch as root.</param>
/// <param name="Weight">The weight to account for it.</param>
public sealed record SudoUncheckedWeight(RuntimeCall Call, Weight Weight) : SudoCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => new(Weight, Call.GetDispatchInfo().Class, Pays.Yes);

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (SudoPallet.EnsureSudo(origin, ext) is { } error)
        {
            return error;
        }

        var result = Dispatcher.DispatchBypassFilter(Call, Origin.Root, ext);
        ext.DepositEvent(new Sudid(result));
        return NoFee;
    }
}

/// <summary>Authenticates the current sudo key and sets the given AccountId (<c>new</c>) as the new sudo key.</summary>
/// <param name="New">The new sudo key.</param>
public sealed record SetKey(MultiAddress New) : SudoCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(SudoWeight.WithDbAccess(0, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (SudoPallet.EnsureSudo(origin, ext) is { } error)
        {
            return error;
        }

        if (!New.TryLookup(out var newKey))
        {
            return DispatchError.CannotLookup;
        }

        var old = SudoPallet.Key.TryGet(ext.State, out var current) ? Primitives.Scale.Option<Primitives.Accounts.AccountId32>.Some(current) : default;
        ext.DepositEvent(new KeyChanged(old, newKey));
        SudoPallet.Key.Put(ext.State, newKey);
        return NoFee;
    }
}

/// <summary>Authenticates the sudo key and dispatches a function call with <c>Signed</c> origin from a given account.</summary>
/// <remarks>The dispatch origin for this call must be <c>Signed</c>.</remarks>
/// <param name="Who">The account to act as.</param>
/// <param name="Call">The call to dispatch.</param>
public sealed record SudoAs(MultiAddress Who, RuntimeCall Call) : SudoCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo()
    {
        var inner = Call.GetDispatchInfo();
        return new DispatchInfo(SudoWeight.SaturatingAdd(inner.Weight), inner.Class, Pays.Yes);
    }

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (SudoPallet.EnsureSudo(origin, ext) is { } error)
        {
            return error;
        }

        if (!Who.TryLookup(out var who))
        {
            return DispatchError.CannotLookup;
        }

        var result = Dispatcher.DispatchBypassFilter(Call, Origin.Signed(who), ext);
        ext.DepositEvent(new SudoAsDone(result));
        return NoFee;
    }
}

/// <summary>Permanently removes the sudo key.</summary>
/// <remarks>This cannot be un-done.</remarks>
public sealed record RemoveKey : SudoCall
{
    /// <summary>The one value.</summary>
    public static readonly RemoveKey Instance = new();

    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(SudoWeight.WithDbAccess(0, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (SudoPallet.EnsureSudo(origin, ext) is { } error)
        {
            return error;
        }

        ext.DepositEvent(KeyRemoved.Instance);
        SudoPallet.Key.Kill(ext.State);
        return NoFee;
    }
}
