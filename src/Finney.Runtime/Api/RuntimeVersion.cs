using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Api;

/// <summary>
/// The runtime's identity (<c>sp_version::RuntimeVersion</c>), returned by <c>Core_version</c>,
/// <c>state_getRuntimeVersion</c> and the <c>System.Version</c> constant.
/// </summary>
/// <param name="SpecName">The chain's runtime name; clients key type overrides on it.</param>
/// <param name="ImplName">The implementation's name.</param>
/// <param name="AuthoringVersion">Version of the block authoring logic.</param>
/// <param name="SpecVersion">Version of the runtime's behaviour; bumped on every change clients must notice.</param>
/// <param name="ImplVersion">Version of the implementation of the same spec.</param>
/// <param name="Apis">Runtime API ids (BLAKE2b-64 of the trait name) and versions.</param>
/// <param name="TransactionVersion">Version of the extrinsic format and call indices; signed into every transaction.</param>
/// <param name="SystemVersion">Version of the system functions (state trie layout 1).</param>
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
    /// <summary>
    /// Finney's spec version. Kept apart from subtensor's own numbers (320–425 in 2025–26), so no tool that caches
    /// metadata by (spec name, spec version) can mistake this runtime's metadata for a real subtensor runtime's.
    /// </summary>
    public const uint FinneySpecVersion = 1000;

    private static readonly Lazy<RuntimeVersion> CurrentVersion = new(() => new(
        "node-subtensor",
        "node-subtensor",
        1,
        FinneySpecVersion,
        1,
        RuntimeApis.Declarations.Select(a => (ApiId(a.Name), a.Version)).ToList(),
        1,
        1));

    /// <summary>This runtime's version.</summary>
    public static RuntimeVersion Current => CurrentVersion.Value;

    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<RuntimeVersion> Type { get; } = new(new RuntimeVersionCodec(), BuildMeta());

    /// <summary>The id of a runtime API: BLAKE2b-64 of its trait name.</summary>
    public static byte[] ApiId(string traitName) => Blake2b.Hash(global::System.Text.Encoding.UTF8.GetBytes(traitName), 8);

    /// <summary>The SCALE encoding.</summary>
    public byte[] Encode() => Type.Encode(this);

    private static MetaType BuildMeta()
    {
        var text = Types.Str.Meta;
        var apis = new MetaType(
            ["sp_version", "ApisVec"],
            new CompositeDef([new FieldInfo(null, MetaType.Sequence(MetaType.Tuple(MetaType.Array(Types.U8.Meta, 8), Types.U32.Meta)), "Vec<([u8; 8], u32)>")]));
        return new MetaType(
            ["sp_version", "RuntimeVersion"],
            new CompositeDef([
                new FieldInfo("spec_name", text, "Cow<'static, str>"),
                new FieldInfo("impl_name", text, "Cow<'static, str>"),
                new FieldInfo("authoring_version", Types.U32.Meta, "u32"),
                new FieldInfo("spec_version", Types.U32.Meta, "u32"),
                new FieldInfo("impl_version", Types.U32.Meta, "u32"),
                new FieldInfo("apis", apis, "ApisVec"),
                new FieldInfo("transaction_version", Types.U32.Meta, "u32"),
                new FieldInfo("system_version", Types.U8.Meta, "u8"),
            ]));
    }

    private sealed class RuntimeVersionCodec : IScaleCodec<RuntimeVersion>
    {
        public string TypeName => "RuntimeVersion";

        public void Encode(ScaleWriter writer, RuntimeVersion value)
        {
            writer.WriteString(value.SpecName);
            writer.WriteString(value.ImplName);
            writer.WriteU32(value.AuthoringVersion);
            writer.WriteU32(value.SpecVersion);
            writer.WriteU32(value.ImplVersion);
            writer.WriteCompact((ulong)value.Apis.Count);
            foreach (var (id, version) in value.Apis)
            {
                writer.WriteBytes(id);
                writer.WriteU32(version);
            }

            writer.WriteU32(value.TransactionVersion);
            writer.WriteU8(value.SystemVersion);
        }

        public RuntimeVersion Decode(ref ScaleReader reader)
        {
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

            return new RuntimeVersion(specName, implName, authoring, spec, impl, apis, reader.ReadU32(), reader.ReadU8());
        }
    }
}
