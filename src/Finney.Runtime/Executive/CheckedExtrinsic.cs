using Finney.Primitives.Accounts;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Executive;

/// <summary>
/// An extrinsic whose signature has been verified (<c>CheckedExtrinsic</c>): the signer and extension data for a
/// signed one, nothing for an unsigned one, plus what validation needs (length, dispatch info).
/// </summary>
public sealed record CheckedExtrinsic(AccountId32? Signer, SignedExtra Extra, RuntimeCall Call, uint Length, DispatchInfo Info)
{
    /// <summary>True for an unsigned extrinsic.</summary>
    public bool IsUnsigned => Signer is null;
}

/// <summary>Checks an extrinsic's signature the way <c>UncheckedExtrinsic::check</c> does.</summary>
public static class ExtrinsicCheck
{
    /// <summary>
    /// Looks up the signer (<c>Unknown(CannotLookup)</c> for addresses other than an id), rebuilds the signed
    /// payload from the implicit data at block <paramref name="blockNumber"/> (<c>AncientBirthBlock</c> when the
    /// era's birth block hash is no longer known) and verifies the signature (<c>BadProof</c>).
    /// </summary>
    public static (CheckedExtrinsic? Checked, TransactionValidityError? Error) Check(Externalities ext, UncheckedExtrinsic xt, uint blockNumber)
    {
        var info = xt.Call.GetDispatchInfo();
        var length = (uint)xt.Encoded.Length;
        if (xt.Signature is not { } signature)
        {
            return (new CheckedExtrinsic(null, default, xt.Call, length, info), null);
        }

        if (!signature.Address.TryLookup(out var signer))
        {
            return (null, TransactionValidityError.Unknown(UnknownTransaction.CannotLookup));
        }

        var birth = signature.Extra.Era.Birth(blockNumber);
        if (birth > uint.MaxValue || !System.SystemStorage.BlockHash.TryGet(ext.State, (uint)birth, out var birthHash))
        {
            return (null, TransactionValidityError.Invalid(InvalidTransaction.AncientBirthBlock));
        }

        var genesis = System.SystemStorage.BlockHash.Get(ext.State, 0);
        var version = Api.RuntimeVersion.Current;
        var payload = SigningPayload.Build(xt.CallBytes, xt.ExtraBytes, new SignedImplicit(version.SpecVersion, version.TransactionVersion, genesis, birthHash));
        if (!signature.Signature.Verify(payload, signer))
        {
            return (null, TransactionValidityError.Invalid(InvalidTransaction.BadProof));
        }

        return (new CheckedExtrinsic(signer, signature.Extra, xt.Call, length, info), null);
    }
}
