using System.Buffers.Binary;
using Finney.Primitives.Accounts;

namespace Finney.Node.Runtime;

/// <summary>Typed wrappers over the runtime API calls the node itself makes.</summary>
public static class RuntimeCalls
{
    /// <summary><c>AccountNonceApi_account_nonce</c>: the account's next nonce at <paramref name="at"/>.</summary>
    public static uint AccountNonce(this IRuntimeApi runtime, BlockState at, AccountId32 account)
    {
        var result = runtime.Call(at, "AccountNonceApi_account_nonce", account.Bytes);
        return result.Length == 4
            ? BinaryPrimitives.ReadUInt32LittleEndian(result)
            : throw new RuntimeCallException($"AccountNonceApi_account_nonce returned {result.Length} bytes, expected a u32");
    }
}
