using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;
using Finney.Rpc.Dto;

namespace Finney.Node.Runtime;

/// <summary>sp_version's <c>RuntimeVersion</c>, as <c>Core_version</c> encodes it.</summary>
public sealed record RuntimeVersion(
    string SpecName,
    string ImplName,
    uint AuthoringVersion,
    uint SpecVersion,
    uint ImplVersion,
    IReadOnlyList<(byte[] Id, uint Version)> Apis,
    uint TransactionVersion,
    byte SystemVersion)
{
    /// <summary>Decodes the SCALE encoding.</summary>
    /// <exception cref="ScaleFormatException">Not a runtime version.</exception>
    public static RuntimeVersion Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var specName = reader.ReadString();
        var implName = reader.ReadString();
        var authoring = reader.ReadU32();
        var spec = reader.ReadU32();
        var impl = reader.ReadU32();
        var count = reader.ReadCompactLength(12);
        var apis = new List<(byte[], uint)>(count);
        for (var i = 0; i < count; i++)
        {
            apis.Add((reader.ReadBytes(8).ToArray(), reader.ReadU32()));
        }

        var transaction = reader.ReadU32();
        var system = reader.IsAtEnd ? (byte)0 : reader.ReadU8();
        reader.EnsureEnd("RuntimeVersion");
        return new RuntimeVersion(specName, implName, authoring, spec, impl, apis, transaction, system);
    }

    /// <summary>The SCALE encoding.</summary>
    public byte[] Encode()
    {
        using var writer = new ScaleWriter();
        writer.WriteString(SpecName);
        writer.WriteString(ImplName);
        writer.WriteU32(AuthoringVersion);
        writer.WriteU32(SpecVersion);
        writer.WriteU32(ImplVersion);
        writer.WriteCompact((ulong)Apis.Count);
        foreach (var (id, version) in Apis)
        {
            writer.WriteBytes(id);
            writer.WriteU32(version);
        }

        writer.WriteU32(TransactionVersion);
        writer.WriteU8(SystemVersion);
        return writer.ToArray();
    }

    /// <summary>The JSON form (<c>systemVersion</c> and <c>stateVersion</c> both carry the system version).</summary>
    public RuntimeVersionDto ToDto() => new(
        SpecName,
        ImplName,
        AuthoringVersion,
        SpecVersion,
        ImplVersion,
        [.. Apis.Select(a => new RuntimeApiDto(Hex.Encode(a.Id), a.Version))],
        TransactionVersion,
        SystemVersion,
        SystemVersion);
}
