using System.Security.Cryptography;

namespace Finney.Sdk.Wallets;

/// <summary>A pinned byte buffer for key material that is zeroed when disposed.</summary>
internal sealed class SecretBuffer : IDisposable
{
    private readonly byte[] _bytes;

    /// <summary>Allocates <paramref name="length"/> pinned zero bytes.</summary>
    public SecretBuffer(int length) => _bytes = GC.AllocateArray<byte>(length, pinned: true);

    /// <summary>The bytes.</summary>
    public Span<byte> Span => _bytes;

    /// <summary>Zeroes the bytes.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(_bytes);
}
