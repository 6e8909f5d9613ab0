using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.System;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>
/// Registers a hotkey on a subnet by proof of work, signed by the hotkey. The work is the seal of a block at most
/// two blocks old; when the subnet is full, the lowest-scoring non-immune UID is replaced.
/// </summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="BlockNumber">The block whose hash the seal commits to (now, now − 1 or now − 2).</param>
/// <param name="Nonce">The nonce found.</param>
/// <param name="Work">The 32-byte seal.</param>
/// <param name="Hotkey">The hotkey to register (the signer).</param>
/// <param name="Coldkey">The coldkey that owns it.</param>
public sealed record Register(ushort Netuid, ulong BlockNumber, ulong Nonce, byte[] Work, AccountId32 Hotkey, AccountId32 Coldkey) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(91_000_000, 0).WithDbAccess(27, 22));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var signer, out var error))
        {
            return error;
        }

        if (signer != Hotkey)
        {
            return Error(SubtensorError.HotkeyOriginMismatch);
        }

        if (RegistrationRules.CheckOpen(ext, Netuid, Hotkey) is { } closed)
        {
            return Error(closed);
        }

        var now = SubtensorPallet.CurrentBlock(ext);
        if (BlockNumber > now || now - BlockNumber >= 3)
        {
            return Error(SubtensorError.InvalidWorkBlock);
        }

        // subtensor panics on work that is not 32 bytes; a failed check is the safe equivalent.
        if (Work.Length != 32 || !PowSeal.MeetsDifficulty(Work, RegistrationStorage.Difficulty.Get(ext.State, Netuid)))
        {
            return Error(Work.Length != 32 ? SubtensorError.InvalidSeal : SubtensorError.InvalidDifficulty);
        }

        var blockHash = SystemStorage.BlockHash.Get(ext.State, (uint)BlockNumber);
        if (!PowSeal.Compute(blockHash, Hotkey, Nonce).AsSpan().SequenceEqual(Work))
        {
            return Error(SubtensorError.InvalidSeal);
        }

        RegistrationStorage.UsedWork.Insert(ext.State, Work, now);
        if (RegistrationRules.CheckConnections(ext, Netuid, Hotkey) is { } unconnected)
        {
            return Error(unconnected);
        }

        StakeLedger.CreateAccountIfMissing(ext, Coldkey, Hotkey);
        if (StakeLedger.OwnerOf(ext, Hotkey) != Coldkey)
        {
            return Error(SubtensorError.NonAssociatedColdKey);
        }

        if (HyperparameterStorage.MaxAllowedUids.Get(ext.State, Netuid) == 0)
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        var uid = NeuronRegistry.Register(ext, Netuid, Hotkey, now);
        RegistrationRules.Count(ext, Netuid, proofOfWork: true);
        ext.DepositEvent(new NeuronRegistered(Netuid, uid, Hotkey));
        return NoFee;
    }

    /// <inheritdoc />
    public bool Equals(Register? other) =>
        other is not null && (Netuid, BlockNumber, Nonce, Hotkey, Coldkey) == (other.Netuid, other.BlockNumber, other.Nonce, other.Hotkey, other.Coldkey)
        && Work.AsSpan().SequenceEqual(other.Work);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Netuid, BlockNumber, Nonce, Hotkey);
}
