using System.Text.Json;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Cli.Yuma;

/// <summary>Parses and checks a <c>finney yuma run</c> input; every problem is a <see cref="CliException"/> naming the field.</summary>
internal static class YumaScenarioReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses the JSON text.</summary>
    public static YumaScenario Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new CliException($"input is not valid JSON: {e.Message}", e, CliException.InvalidInput);
        }

        using (document)
        {
            var root = document.RootElement;
            var neurons = Neurons(JsonInput.Required(root, "", "neurons"));
            int n = neurons.Length;
            var bonds = Enumerable.Range(0, n).Select(_ => Array.Empty<SparseEntry>()).ToArray();
            if (JsonInput.Optional(root, "", "bonds") is { } bondsElement)
            {
                foreach (var (uid, row) in Rows(bondsElement, "bonds", n))
                {
                    bonds[uid] = row;
                }
            }

            var epochs = JsonInput.Array(JsonInput.Required(root, "", "epochs"), "epochs")
                .Select((e, k) => Epoch(e, $"epochs[{k}]", n)).ToArray();
            return new YumaScenario(Hyperparameters(JsonInput.Required(root, "", "hyperparameters"), out var tempo, out var rho),
                tempo, rho, JsonInput.UInt(JsonInput.Required(root, "", "emission_per_epoch"), "emission_per_epoch"),
                neurons, bonds, epochs);
        }
    }

    private static EpochHyperparameters Hyperparameters(JsonElement element, out ushort tempo, out ushort rho)
    {
        const string path = "hyperparameters";
        ushort U16(string name) => JsonInput.UInt16(JsonInput.Required(element, path, name), $"{path}.{name}");
        ushort OptionalU16(string name, ushort fallback) =>
            JsonInput.Optional(element, path, name) is { } value ? JsonInput.UInt16(value, $"{path}.{name}") : fallback;
        var result = new EpochHyperparameters(U16("kappa"),
            JsonInput.UInt(JsonInput.Required(element, path, "bonds_moving_average"), $"{path}.bonds_moving_average"),
            U16("max_allowed_validators"), U16("activity_cutoff"));
        tempo = OptionalU16("tempo", 99);
        rho = OptionalU16("rho", 10);
        return result;
    }

    private static YumaNeuron[] Neurons(JsonElement element)
    {
        var items = JsonInput.Array(element, "neurons");
        if (items.Length > 65_536)
        {
            throw JsonInput.Fail($"field 'neurons' has {items.Length} entries; a subnet has at most 65536 uids");
        }

        var neurons = new YumaNeuron?[items.Length];
        for (int k = 0; k < items.Length; k++)
        {
            string path = $"neurons[{k}]";
            ulong Field(string name) => JsonInput.UInt(JsonInput.Required(items[k], path, name), $"{path}.{name}");
            int uid = (int)JsonInput.UInt(JsonInput.Required(items[k], path, "uid"), $"{path}.uid", 65_535);
            if (uid >= items.Length || neurons[uid] is not null)
            {
                throw JsonInput.Fail($"field '{path}.uid': uid {uid} is {(uid >= items.Length ? "out of range" : "listed twice")}; uids must be 0..{items.Length - 1}, each once");
            }

            neurons[uid] = new YumaNeuron(Field("stake"), Field("last_update"), Field("block_at_registration"),
                JsonInput.Bool(JsonInput.Required(items[k], path, "validator_permit"), $"{path}.validator_permit"));
        }

        return neurons.Select(x => x!).ToArray();
    }

    private static YumaEpoch Epoch(JsonElement element, string path, int n)
    {
        ulong block = JsonInput.UInt(JsonInput.Required(element, path, "block"), $"{path}.block");
        var weights = JsonInput.Optional(element, path, "weights") is { } w ? Rows(w, $"{path}.weights", n) : [];
        ulong[]? stakes = null;
        if (JsonInput.Optional(element, path, "stakes") is { } s)
        {
            var items = JsonInput.Array(s, $"{path}.stakes");
            if (items.Length != n)
            {
                throw JsonInput.Fail($"field '{path}.stakes' has {items.Length} entries, expected {n} (one per neuron)");
            }

            stakes = items.Select((x, k) => JsonInput.UInt(x, $"{path}.stakes[{k}]")).ToArray();
        }

        return new YumaEpoch(block, weights, stakes);
    }

    // Rows as [[uid, [[dest, value], ...]], ...]: known uids, each row once, each destination once per row.
    private static List<(int Uid, SparseEntry[] Row)> Rows(JsonElement element, string path, int n)
    {
        var rows = new List<(int, SparseEntry[])>();
        var seenRows = new bool[n];
        foreach (var (item, k) in JsonInput.Array(element, path).Select((x, k) => (x, k)))
        {
            string rowPath = $"{path}[{k}]";
            var (uidElement, entriesElement) = JsonInput.Pair(item, rowPath, "a [uid, [[uid, value], ...]] pair");
            int uid = Uid(uidElement, $"{rowPath}[0]", n);
            if (seenRows[uid])
            {
                throw JsonInput.Fail($"field '{rowPath}[0]': uid {uid} has two rows");
            }

            seenRows[uid] = true;
            var entries = JsonInput.Array(entriesElement, $"{rowPath}[1]");
            var row = new SparseEntry[entries.Length];
            var seen = new HashSet<int>();
            for (int e = 0; e < entries.Length; e++)
            {
                string entryPath = $"{rowPath}[1][{e}]";
                var (dest, value) = JsonInput.Pair(entries[e], entryPath, "a [uid, value] pair");
                int destination = Uid(dest, $"{entryPath}[0]", n);
                row[e] = seen.Add(destination)
                    ? new SparseEntry((ushort)destination, JsonInput.UInt16(value, $"{entryPath}[1]"))
                    : throw JsonInput.Fail($"field '{entryPath}[0]': uid {destination} appears twice in the row");
            }

            rows.Add((uid, row));
        }

        return rows;
    }

    private static int Uid(JsonElement element, string path, int n)
    {
        ulong uid = JsonInput.UInt(element, path, 65_535);
        return uid < (ulong)n ? (int)uid : throw JsonInput.Fail($"field '{path}': unknown uid {uid} (there are {n} neurons)");
    }
}
