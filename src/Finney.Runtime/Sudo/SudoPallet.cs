using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Sudo;

/// <summary>The Sudo pallet (index 12): one key that may dispatch any call as root.</summary>
public static class SudoPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 12;

    /// <summary>The <c>AccountId</c> of the sudo key.</summary>
    public static readonly StorageValue<AccountId32> Key = StorageValue<AccountId32>.Optional("Sudo", nameof(Key), Types.AccountId);

    /// <summary>The event table.</summary>
    public static readonly VariantTable<SudoEvent> Events = new VariantTable<SudoEvent>("pallet_sudo", "pallet", "Event")
        .Add(0, "Sudid", Field.Of("sudo_result", RuntimeTypes.DispatchResult, "DispatchResult"), r => new Sudid(r), e => e.SudoResult)
        .Add(1, "KeyChanged", Field.Of("old", Types.Option(Types.AccountId), "Option<T::AccountId>"), Field.Of("new", Types.AccountId, "T::AccountId"), (o, n) => new KeyChanged(o, n), e => (e.Old, e.New))
        .Add(2, "KeyRemoved", KeyRemoved.Instance)
        .Add(3, "SudoAsDone", Field.Of("sudo_result", RuntimeTypes.DispatchResult, "DispatchResult"), r => new SudoAsDone(r), e => e.SudoResult);

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "Sudo",
        Index = Index,
        DocsType = typeof(SudoPallet),
        Storage = [Key],
        Calls = SudoCall.Table,
        Events = Events,
        Errors = ErrorTable.For<SudoError>("pallet_sudo", "pallet", "Error"),
    };

    /// <summary>The sudo key check: <c>BadOrigin</c> unless signed, <c>RequireSudo</c> unless signed by the key.</summary>
    public static DispatchError? EnsureSudo(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var who, out var error))
        {
            return error;
        }

        return Key.TryGet(ext.State, out var key) && key == who ? null : DispatchError.Module(Index, (byte)SudoError.RequireSudo);
    }
}

/// <summary>Errors of the Sudo pallet.</summary>
public enum SudoError : byte
{
    /// <summary>Sender must be the Sudo account.</summary>
    RequireSudo = 0,
}

/// <summary>An event of the Sudo pallet.</summary>
public abstract record SudoEvent : RuntimeEvent;

/// <summary>A sudo call just took place.</summary>
public sealed record Sudid(DispatchResult SudoResult) : SudoEvent;

/// <summary>The sudo key has been updated.</summary>
public sealed record KeyChanged(Option<AccountId32> Old, AccountId32 New) : SudoEvent;

/// <summary>The key was permanently removed.</summary>
public sealed record KeyRemoved : SudoEvent
{
    /// <summary>The one value.</summary>
    public static readonly KeyRemoved Instance = new();
}

/// <summary>A <c>sudo_as</c> call just took place.</summary>
public sealed record SudoAsDone(DispatchResult SudoResult) : SudoEvent;
