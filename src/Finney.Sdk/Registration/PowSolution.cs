namespace Finney.Sdk.Registration;

/// <summary>A nonce whose seal meets the difficulty: the <c>nonce</c> and <c>work</c> of subtensor's <c>register</c> call.</summary>
/// <param name="BlockNumber">The block the work is for.</param>
/// <param name="Nonce">The nonce.</param>
/// <param name="Seal">The 32-byte seal (<c>work</c>).</param>
public sealed record PowSolution(ulong BlockNumber, ulong Nonce, byte[] Seal);
