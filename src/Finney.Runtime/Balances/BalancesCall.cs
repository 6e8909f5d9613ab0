using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.Balances;

/// <summary>A call of the Balances pallet.</summary>
public abstract record BalancesCall : RuntimeCall
{
    private static readonly Field<MultiAddress> Dest = Field.Of("dest", MultiAddress.Type, "AccountIdLookupOf<T>");
    private static readonly Field<ulong> Value = Field.Of("value", Types.CompactBalance, "T::Balance");

    /// <summary>The call table, with pallet-balances' indices (1, 5–7 and 9–10 are not offered).</summary>
    public static readonly VariantTable<BalancesCall> Table = new VariantTable<BalancesCall>("pallet_balances", "pallet", "Call")
        .Add(0, "transfer_allow_death", Dest, Value, (d, v) => new TransferAllowDeath(d, v), c => (c.Dest, c.Value))
        .Add(2, "force_transfer", Field.Of("source", MultiAddress.Type, "AccountIdLookupOf<T>"), Dest, Value, (s, d, v) => new ForceTransfer(s, d, v), c => (c.Source, c.Dest, c.Value))
        .Add(3, "transfer_keep_alive", Dest, Value, (d, v) => new TransferKeepAlive(d, v), c => (c.Dest, c.Value))
        .Add(4, "transfer_all", Dest, Field.Of("keep_alive", Types.Bool, "bool"), (d, k) => new TransferAll(d, k), c => (c.Dest, c.KeepAlive))
        .Add(8, "force_set_balance", Field.Of("who", MultiAddress.Type, "AccountIdLookupOf<T>"), Field.Of("new_free", Types.CompactBalance, "T::Balance"), (w, f) => new ForceSetBalance(w, f), c => (c.Who, c.NewFree));
}
