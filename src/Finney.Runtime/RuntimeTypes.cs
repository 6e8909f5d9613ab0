using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime;

/// <summary>
/// Types shared across pallets whose descriptions depend on the whole runtime: dispatch info and errors, event
/// records, and the outer enums (<c>RuntimeCall</c>, <c>RuntimeEvent</c>, <c>RuntimeError</c>) built from
/// <see cref="FinneyPallets.All"/>.
/// </summary>
public static class RuntimeTypes
{
    private static readonly string[] RuntimePath = ["node_subtensor_runtime"];

    /// <summary><c>frame_support::dispatch::DispatchClass</c>.</summary>
    public static ScaleType<DispatchClass> DispatchClass { get; } = Types.Enum<DispatchClass>("frame_support", "dispatch", "DispatchClass");

    /// <summary><c>frame_support::dispatch::Pays</c>.</summary>
    public static ScaleType<Pays> Pays { get; } = Types.Enum<Pays>("frame_support", "dispatch", "Pays");

    /// <summary><c>frame_system::DispatchEventInfo</c>.</summary>
    public static ScaleType<DispatchInfo> DispatchInfo { get; } = new(
        Kernel.DispatchInfo.Codec,
        new MetaType(
            ["frame_system", "DispatchEventInfo"],
            new CompositeDef([
                new FieldInfo("weight", Types.Weight.Meta, "Weight"),
                new FieldInfo("class", DispatchClass.Meta, "DispatchClass"),
                new FieldInfo("pays_fee", Pays.Meta, "Pays"),
            ])));

    /// <summary><c>sp_runtime::DispatchError</c> with <c>ModuleError</c> and the token, arithmetic, transactional and trie sub-enums.</summary>
    public static ScaleType<DispatchError> DispatchError { get; } = new(Kernel.DispatchError.Codec, BuildDispatchErrorMeta());

    /// <summary><c>DispatchResult</c> = <c>Result&lt;(), DispatchError&gt;</c>.</summary>
    public static ScaleType<DispatchResult> DispatchResult { get; } = new(Kernel.DispatchResult.ResultCodec, MetaType.Result(Types.Unit.Meta, DispatchError.Meta));

    /// <summary><c>frame_system::Phase</c>.</summary>
    public static ScaleType<Phase> Phase { get; } = new(
        Kernel.Phase.Codec,
        new MetaType(
            ["frame_system", "Phase"],
            new VariantDef([
                new VariantInfo("ApplyExtrinsic", [new FieldInfo(null, Types.U32.Meta, "u32")], 0, []),
                new VariantInfo("Finalization", [], 1, []),
                new VariantInfo("Initialization", [], 2, []),
            ])));

    /// <summary>The runtime call enum (<c>node_subtensor_runtime::RuntimeCall</c>): variant index = pallet index.</summary>
    public static ScaleType<RuntimeCall> Call { get; } = OuterEnum<RuntimeCall>("RuntimeCall", p => p.Calls, "CallableCallFor");

    /// <summary>The runtime event enum (<c>node_subtensor_runtime::RuntimeEvent</c>).</summary>
    public static ScaleType<RuntimeEvent> Event { get; } = OuterEnum<RuntimeEvent>("RuntimeEvent", p => p.Events, "Event");

    /// <summary>The runtime error enum (<c>node_subtensor_runtime::RuntimeError</c>), for V15's outer enums.</summary>
    public static MetaType Error { get; } = new(
        [.. RuntimePath, "RuntimeError"],
        [],
        () => new VariantDef(FinneyPallets.All
            .Where(p => p.Errors is not null)
            .Select(p => new VariantInfo(p.Name, [new FieldInfo(null, p.Errors!, $"{p.Name}::Error<Runtime>")], p.Index, []))
            .ToList()));

    /// <summary><c>frame_system::EventRecord&lt;RuntimeEvent, H256&gt;</c> vectors, as <c>System.Events</c> stores them.</summary>
    public static ScaleType<EventRecord[]> EventRecords { get; } = BuildEventRecords();

    /// <summary>The runtime type (<c>node_subtensor_runtime::Runtime</c>), the metadata's <c>ty</c>.</summary>
    public static MetaType Runtime { get; } = new([.. RuntimePath, "Runtime"], new CompositeDef([]));

    private static ScaleType<EventRecord[]> BuildEventRecords()
    {
        var topics = MetaType.Sequence(Types.H256.Meta);
        var record = new MetaType(
            ["frame_system", "EventRecord"],
            new CompositeDef([
                new FieldInfo("phase", Phase.Meta, "Phase"),
                new FieldInfo("event", Event.Meta, "E"),
                new FieldInfo("topics", topics, "Vec<T>"),
            ]),
            [new TypeParameter("E", Event.Meta), new TypeParameter("T", Types.H256.Meta)]);
        var codec = ScaleCodec.Map(
            ScaleCodec.Tuple(Phase.Codec, ScaleCodec.Lazy(() => Event.Codec, "RuntimeEvent"), ScaleCodec.Vec(ScaleCodec.FixedBytes(32))),
            t => new EventRecord(t.Item1, t.Item2, t.Item3),
            r => (r.Phase, r.Event, r.Topics.ToArray()),
            "EventRecord");
        return new ScaleType<EventRecord[]>(ScaleCodec.Vec(codec), MetaType.Sequence(record));
    }

    private static ScaleType<T> OuterEnum<T>(string name, Func<PalletDeclaration, IVariantTable?> table, string typeNamePrefix)
        where T : class
    {
        var meta = new MetaType(
            [.. RuntimePath, name],
            [],
            () => new VariantDef(FinneyPallets.All
                .Where(p => table(p) is not null)
                .Select(p => new VariantInfo(p.Name, [new FieldInfo(null, table(p)!.Meta, $"self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch\n::{typeNamePrefix}<{p.Name}, Runtime>")], p.Index, []))
                .ToList()));
        var codec = ScaleCodec.Lazy<T>(() => new OuterEnumCodec<T>(name, FinneyPallets.All.Where(p => table(p) is not null).Select(p => (p.Index, table(p)!)).ToList()), name);
        return new ScaleType<T>(codec, meta);
    }

    private static MetaType BuildDispatchErrorMeta()
    {
        static MetaType Fieldless<TEnum>(params string[] path)
            where TEnum : struct, Enum => new(path, ErrorTable.VariantsOf<TEnum>());

        var moduleError = new MetaType(
            ["sp_runtime", "ModuleError"],
            new CompositeDef([new FieldInfo("index", Types.U8.Meta, "u8"), new FieldInfo("error", MetaType.Array(Types.U8.Meta, 4), "[u8; MAX_MODULE_ERROR_ENCODED_SIZE]")]));
        var token = Fieldless<TokenError>("sp_runtime", "TokenError");
        var arithmetic = Fieldless<ArithmeticError>("sp_arithmetic", "ArithmeticError");
        var transactional = Fieldless<TransactionalError>("sp_runtime", "TransactionalError");
        string[] trieErrors = ["InvalidStateRoot", "IncompleteDatabase", "ValueAtIncompleteKey", "DecoderError", "InvalidHash", "DuplicateKey", "ExtraneousNode", "ExtraneousValue", "ExtraneousHashReference", "InvalidChildReference", "ValueMismatch", "IncompleteProof", "RootMismatch", "DecodeError"];
        var trie = new MetaType(["sp_runtime", "proving_trie", "TrieError"], new VariantDef(trieErrors.Select((n, i) => new VariantInfo(n, [], (byte)i, [])).ToList()));
        var variants = new List<VariantInfo>();
        foreach (var kind in Enum.GetValues<DispatchErrorKind>())
        {
            FieldInfo[] fields = kind switch
            {
                DispatchErrorKind.Module => [new FieldInfo(null, moduleError, "ModuleError")],
                DispatchErrorKind.Token => [new FieldInfo(null, token, "TokenError")],
                DispatchErrorKind.Arithmetic => [new FieldInfo(null, arithmetic, "ArithmeticError")],
                DispatchErrorKind.Transactional => [new FieldInfo(null, transactional, "TransactionalError")],
                DispatchErrorKind.Trie => [new FieldInfo(null, trie, "TrieError")],
                _ => [],
            };
            variants.Add(new VariantInfo(kind.ToString(), fields, (byte)kind, RuntimeDocs.ForMember(typeof(DispatchErrorKind), kind.ToString())));
        }

        return new MetaType(["sp_runtime", "DispatchError"], new VariantDef(variants));
    }

    // An outer enum: the pallet index, then the pallet's own enum. Encoding finds the pallet by the value's type.
    private sealed class OuterEnumCodec<T> : IScaleCodec<T>
        where T : class
    {
        private readonly IVariantTable?[] _byIndex = new IVariantTable?[256];
        private readonly Dictionary<Type, (byte Index, IVariantTable Table)> _byType = [];

        public OuterEnumCodec(string name, List<(byte Index, IVariantTable Table)> pallets)
        {
            TypeName = name;
            foreach (var (index, table) in pallets)
            {
                _byIndex[index] = table;
                foreach (var variant in table.VariantTypes)
                {
                    _byType[variant] = (index, table);
                }
            }
        }

        public string TypeName { get; }

        public int MinEncodedSize => 2;

        public void Encode(ScaleWriter writer, T value)
        {
            if (!_byType.TryGetValue(value.GetType(), out var entry))
            {
                throw new ArgumentException($"{TypeName}: {value.GetType().Name} belongs to no pallet of this runtime.", nameof(value));
            }

            writer.WriteU8(entry.Index);
            entry.Table.EncodeBoxed(writer, value);
        }

        public T Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            var index = reader.ReadU8();
            var table = _byIndex[index] ?? throw new ScaleFormatException($"{TypeName}: no pallet with index {index} (offset {offset}).", offset);
            return (T)table.DecodeBoxed(ref reader);
        }
    }
}
