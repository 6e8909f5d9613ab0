using Finney.Runtime;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Sdk.Transactions;

/// <summary>Dispatch errors in words: a module error by its pallet and variant name with the runtime's own doc sentence.</summary>
public static class DispatchErrors
{
    /// <summary>E.g. <c>Balances.InsufficientBalance: Balance too low to send value.</c></summary>
    public static string Describe(DispatchError error)
    {
        if (error.Kind != DispatchErrorKind.Module)
        {
            return error.Kind switch
            {
                DispatchErrorKind.BadOrigin => "BadOrigin: the call needs a different signer (e.g. sudo or the owner).",
                DispatchErrorKind.Token => $"{error}: the account cannot pay this amount (balance too low, frozen, or it would fall below the existential deposit).",
                DispatchErrorKind.Arithmetic => $"{error}: the amount over- or underflows.",
                _ => error.ToString(),
            };
        }

        var pallet = FinneyPallets.All.FirstOrDefault(p => p.Index == error.ModuleIndex);
        var variant = (pallet?.Errors?.Definition as VariantDef)?.Variants.FirstOrDefault(v => v.Index == error.ModuleErrorIndex);
        if (pallet is null || variant is null)
        {
            return error.ToString();
        }

        var docs = string.Join(' ', variant.Docs).Trim();
        return docs.Length == 0 ? $"{pallet.Name}.{variant.Name}" : $"{pallet.Name}.{variant.Name}: {docs}";
    }
}
