using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.System;

/// <summary>
/// An account's balances (<c>pallet_balances::types::AccountData</c>), stored inside <see cref="AccountInfo"/>
/// as subtensor keeps balances in System. <see cref="Flags"/> carries pallet-balances' "new logic" bit.
/// </summary>
public readonly record struct AccountData(ulong Free, ulong Reserved, ulong Frozen, UInt128 Flags)
{
    /// <summary>The top bit of the flags, set on every account created under the current balances logic.</summary>
    public static readonly UInt128 NewLogicFlag = UInt128.One << 127;

    /// <summary>An empty account's data: no balance, the new-logic flag set (pallet-balances' default).</summary>
    public static AccountData Empty => new(0, 0, 0, NewLogicFlag);

    /// <summary>Free plus reserved.</summary>
    public ulong Total => Saturating.Add(Free, Reserved);

    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<AccountData> Type { get; } = new(
        ScaleCodec.Map(
            ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.U64), ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.U128)),
            t => new AccountData(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2),
            d => ((d.Free, d.Reserved), (d.Frozen, d.Flags)),
            "AccountData"),
        new MetaType(
            ["pallet_balances", "types", "AccountData"],
            new CompositeDef([
                new FieldInfo("free", Types.U64.Meta, "Balance"),
                new FieldInfo("reserved", Types.U64.Meta, "Balance"),
                new FieldInfo("frozen", Types.U64.Meta, "Balance"),
                new FieldInfo("flags", new MetaType(["pallet_balances", "types", "ExtraFlags"], new CompositeDef([new FieldInfo(null, Types.U128.Meta, "u128")])), "ExtraFlags"),
            ]),
            [new TypeParameter("Balance", Types.U64.Meta)]));
}

/// <summary>An account's record in <c>System.Account</c> (<c>frame_system::AccountInfo</c>).</summary>
/// <param name="Nonce">Transactions this account has sent.</param>
/// <param name="Consumers">Modules that depend on this account existing.</param>
/// <param name="Providers">Modules that allow this account to exist (balances provides one while free ≥ ED).</param>
/// <param name="Sufficients">Sufficient assets keeping the account alive on their own.</param>
/// <param name="Data">The balances.</param>
public readonly record struct AccountInfo(uint Nonce, uint Consumers, uint Providers, uint Sufficients, AccountData Data)
{
    /// <summary>What a missing account reads as.</summary>
    public static AccountInfo Empty => new(0, 0, 0, 0, AccountData.Empty);

    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<AccountInfo> Type { get; } = new(
        ScaleCodec.Map(
            ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U32, ScaleCodec.U32), ScaleCodec.Tuple(ScaleCodec.U32, ScaleCodec.U32), AccountData.Type.Codec),
            t => new AccountInfo(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2, t.Item3),
            a => ((a.Nonce, a.Consumers), (a.Providers, a.Sufficients), a.Data),
            "AccountInfo"),
        new MetaType(
            ["frame_system", "AccountInfo"],
            new CompositeDef([
                new FieldInfo("nonce", Types.U32.Meta, "Nonce"),
                new FieldInfo("consumers", Types.U32.Meta, "RefCount"),
                new FieldInfo("providers", Types.U32.Meta, "RefCount"),
                new FieldInfo("sufficients", Types.U32.Meta, "RefCount"),
                new FieldInfo("data", AccountData.Type.Meta, "AccountData"),
            ]),
            [new TypeParameter("Nonce", Types.U32.Meta), new TypeParameter("AccountData", AccountData.Type.Meta)]));
}
