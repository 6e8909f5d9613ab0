using Finney.Primitives.Accounts;

namespace Finney.Sdk.Registration;

/// <summary>What a registration seal is searched for.</summary>
/// <param name="BlockNumber">The block the work is for (subtensor accepts the current block and the two before it).</param>
/// <param name="BlockHash">That block's hash, 32 bytes (subtensor reads 32 zero bytes for the current block).</param>
/// <param name="Hotkey">The hotkey being registered.</param>
/// <param name="Difficulty">The subnet's difficulty.</param>
public sealed record PowProblem(ulong BlockNumber, byte[] BlockHash, AccountId32 Hotkey, PowDifficulty Difficulty);
