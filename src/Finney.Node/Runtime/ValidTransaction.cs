namespace Finney.Node.Runtime;

/// <summary>
/// sp_runtime's <c>ValidTransaction</c>: priority (higher first), tags required from and provided to other
/// transactions (a nonce provides <c>(sender, nonce)</c> and requires <c>(sender, nonce - 1)</c> when it
/// is ahead of the account), and how many blocks the verdict holds.
/// </summary>
public sealed record ValidTransaction(ulong Priority, IReadOnlyList<byte[]> Requires, IReadOnlyList<byte[]> Provides, ulong Longevity, bool Propagate);
