using System.Text.Json;
using System.Text.Json.Nodes;
using Finney.Primitives.Accounts;
using Finney.Primitives.Keys;

namespace Finney.Runtime.Genesis;

/// <summary>
/// A chain specification: the chain's name, id and properties, and the genesis configuration of the runtime
/// (balances, sudo key, Aura authorities). Read from Substrate-style JSON, whose runtime section may be
/// <c>genesis.runtimeGenesis.patch</c>, <c>genesis.runtimeGenesis.config</c> or <c>genesis.runtime</c>.
/// </summary>
public sealed record ChainSpec(
    string Name,
    string Id,
    string ChainType,
    ChainProperties Properties,
    IReadOnlyList<(AccountId32 Account, ulong Balance)> Balances,
    AccountId32? SudoKey,
    IReadOnlyList<AccountId32> AuraAuthorities)
{
    private static readonly Lazy<ChainSpec> DevSpec = new(BuildDev);

    /// <summary>
    /// The built-in development chain (<c>--dev</c>): //Alice is sudo and the only Aura authority; //Alice, //Bob and
    /// //Charlie hold 1,000,000 TAO each, //Dave, //Eve and //Ferdie 2,000 TAO each, as subtensor's localnet spec.
    /// </summary>
    public static ChainSpec Dev => DevSpec.Value;

    /// <summary>Parses a chain spec.</summary>
    /// <exception cref="FormatException">The JSON is malformed or misses a required field.</exception>
    public static ChainSpec Parse(string json)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json) ?? throw new FormatException("the chain spec is JSON null.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the chain spec is not valid JSON: {e.Message}", e);
        }

        var runtime = RuntimeSection(root);
        var balances = new List<(AccountId32, ulong)>();
        foreach (var entry in runtime["balances"]?["balances"]?.AsArray() ?? [])
        {
            var pair = entry?.AsArray() ?? throw new FormatException("each balances entry must be [address, amount].");
            balances.Add((ParseAccount(pair[0]), ParseAmount(pair[1])));
        }

        var sudo = runtime["sudo"]?["key"] is { } key ? ParseAccount(key) : (AccountId32?)null;
        var authorities = (runtime["aura"]?["authorities"]?.AsArray() ?? []).Select(ParseAccount).ToList();
        var properties = root["properties"] is JsonObject p ? ChainProperties.FromJson(p) : ChainProperties.Bittensor;
        return new ChainSpec(
            root["name"]?.GetValue<string>() ?? throw new FormatException("the chain spec has no name."),
            root["id"]?.GetValue<string>() ?? throw new FormatException("the chain spec has no id."),
            root["chainType"]?.GetValue<string>() ?? "Live",
            properties,
            balances,
            sudo,
            authorities);
    }

    /// <summary>The chain spec as JSON (the <c>genesis.runtimeGenesis.patch</c> form, SS58 addresses).</summary>
    public string ToJson()
    {
        var patch = new JsonObject
        {
            ["balances"] = new JsonObject { ["balances"] = new JsonArray([.. Balances.Select(b => (JsonNode)new JsonArray(b.Account.ToSs58(), b.Balance))]) },
            ["aura"] = new JsonObject { ["authorities"] = new JsonArray([.. AuraAuthorities.Select(a => (JsonNode)a.ToSs58())]) },
            ["sudo"] = new JsonObject { ["key"] = SudoKey?.ToSs58() },
        };
        var root = new JsonObject
        {
            ["name"] = Name,
            ["id"] = Id,
            ["chainType"] = ChainType,
            ["properties"] = Properties.ToJson(),
            ["genesis"] = new JsonObject { ["runtimeGenesis"] = new JsonObject { ["patch"] = patch } },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode RuntimeSection(JsonNode root)
    {
        var genesis = root["genesis"] ?? throw new FormatException("the chain spec has no genesis section.");
        return genesis["runtimeGenesis"]?["patch"] ?? genesis["runtimeGenesis"]?["config"] ?? genesis["runtime"]
            ?? throw new FormatException("the genesis section has neither runtimeGenesis.patch, runtimeGenesis.config nor runtime.");
    }

    private static AccountId32 ParseAccount(JsonNode? node)
    {
        var text = node?.GetValue<string>() ?? throw new FormatException("an account is missing.");
        return AccountId32.TryParse(text, out var account) ? account : throw new FormatException($"'{text}' is not an SS58 address or 32-byte hex account.");
    }

    private static ulong ParseAmount(JsonNode? node)
    {
        try
        {
            return node switch
            {
                JsonValue v when v.TryGetValue<ulong>(out var n) => n,
                JsonValue v when v.TryGetValue<string>(out var s) && ulong.TryParse(s, global::System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => throw new FormatException($"balance '{node}' is not a u64 amount of RAO."),
            };
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"balance '{node}' is not a u64 amount of RAO.", e);
        }
    }

    private static ChainSpec BuildDev()
    {
        static AccountId32 Dev(string name)
        {
            using var key = KeyPairs.FromUri("//" + name, KeyScheme.Sr25519);
            return key.AccountId;
        }

        const ulong Million = 1_000_000_000_000_000;
        const ulong TwoThousand = 2_000_000_000_000;
        var alice = Dev("Alice");
        return new ChainSpec(
            "Bittensor",
            "dev",
            "Development",
            ChainProperties.Bittensor,
            [(alice, Million), (Dev("Bob"), Million), (Dev("Charlie"), Million), (Dev("Dave"), TwoThousand), (Dev("Eve"), TwoThousand), (Dev("Ferdie"), TwoThousand)],
            alice,
            [alice]);
    }
}

/// <summary>The chain properties clients read from <c>system_properties</c>.</summary>
public sealed record ChainProperties(ushort Ss58Format, int TokenDecimals, string TokenSymbol)
{
    /// <summary>Bittensor's: SS58 42, 9 decimals, TAO.</summary>
    public static ChainProperties Bittensor { get; } = new(42, 9, "TAO");

    /// <summary>As JSON, with the keys Substrate uses.</summary>
    public JsonObject ToJson() => new() { ["ss58Format"] = Ss58Format, ["tokenDecimals"] = TokenDecimals, ["tokenSymbol"] = TokenSymbol };

    /// <summary>Reads properties, defaulting missing keys to Bittensor's.</summary>
    public static ChainProperties FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ChainProperties(
            json["ss58Format"]?.GetValue<ushort>() ?? Bittensor.Ss58Format,
            json["tokenDecimals"]?.GetValue<int>() ?? Bittensor.TokenDecimals,
            json["tokenSymbol"]?.GetValue<string>() ?? Bittensor.TokenSymbol);
    }
}
