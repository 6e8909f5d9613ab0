using Finney.Runtime.Aura;
using Finney.Runtime.Balances;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Sudo;
using Finney.Runtime.System;
using Finney.Runtime.Timestamp;
using Finney.Runtime.TransactionPayment;
using Finney.Runtime.Utility;

namespace Finney.Runtime;

/// <summary>
/// The runtime's pallets in index order (construct_runtime! in subtensor's runtime/src/lib.rs), with
/// subtensor's indices. SubtensorModule (7) joins when it exists; indices of removed pallets stay free.
/// </summary>
public static class FinneyPallets
{
    /// <summary>Every pallet, by ascending index: hooks run in this order.</summary>
    public static IReadOnlyList<PalletDeclaration> All { get; } =
    [
        SystemPallet.Declaration,
        TimestampPallet.Declaration,
        AuraPallet.Declaration,
        BalancesPallet.Declaration,
        TransactionPaymentPallet.Declaration,
        UtilityPallet.Declaration,
        SudoPallet.Declaration,
    ];
}
