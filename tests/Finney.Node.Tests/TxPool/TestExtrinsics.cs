using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;

namespace Finney.Node.Tests.TxPool;

/// <summary>Signed v4 extrinsics with a dummy signature: enough for the pool, which reads sender and nonce itself.</summary>
internal static class TestExtrinsics
{
    public static AccountId32 Account(byte id)
    {
        var bytes = new byte[32];
        bytes[0] = id;
        return new AccountId32(bytes);
    }

    public static byte[] Signed(byte sender, uint nonce, byte marker = 0, int padding = 0)
    {
        using var body = new ScaleWriter();
        body.WriteU8(0x84);
        body.WriteU8(0);
        body.WriteBytes(Account(sender).Bytes);
        body.WriteU8(1);
        body.WriteBytes(new byte[64]);
        body.WriteU8(0);
        body.WriteCompact(nonce);
        body.WriteCompact(0UL);
        body.WriteU8(0);
        body.WriteU8(0);
        body.WriteU8(1);
        body.WriteByteVec([marker, .. new byte[padding]]);
        using var outer = new ScaleWriter();
        outer.WriteCompact((ulong)body.Length);
        outer.WriteBytes(body.WrittenSpan);
        return outer.ToArray();
    }

    public static byte[] Unsigned(byte marker)
    {
        byte[] body = [0x04, 0x02, 0x00, marker];
        return [(byte)(body.Length << 2), .. body];
    }
}
