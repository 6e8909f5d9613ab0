using System.Text.Json;
using Finney.Cli.Yuma;

namespace Finney.Cli.Tests.Yuma;

public sealed class YumaRunCommandTests : IDisposable
{
    private const string Hyperparameters = """
        "hyperparameters": { "kappa": 32767, "bonds_moving_average": 900000, "max_allowed_validators": 128, "activity_cutoff": 5000, "tempo": 99, "rho": 10 }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("finney-yuma-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_IssueExample_WritesEveryOutputField()
    {
        var result = RunScenario($$"""
            { {{Hyperparameters}},
              "emission_per_epoch": 1000000000,
              "neurons": [ { "uid": 0, "stake": 1000000000, "last_update": 0, "block_at_registration": 0, "validator_permit": false },
                           { "uid": 1, "stake": 0, "last_update": 0, "block_at_registration": 0, "validator_permit": false },
                           { "uid": 2, "stake": 0, "last_update": 0, "block_at_registration": 0, "validator_permit": false } ],
              "bonds": [ [0, [[1, 65535]]] ],            // optional: previous bonds rows
              "epochs": [ { "block": 100, "weights": [ [0, [[1, 65535], [2, 0]]] ], "stakes": [1000000000, 0, 0] } ] }
            """);
        var epoch = result.GetProperty("epochs")[0];
        string[] fields = ["block", "rank", "trust", "consensus", "incentive", "dividends", "validator_trust", "emission",
            "server_emission", "validator_emission", "validator_permit", "bonds", "pruning_scores", "active"];
        epoch.EnumerateObject().Select(p => p.Name).ShouldBe(fields, ignoreOrder: true);
        epoch.GetProperty("block").GetUInt64().ShouldBe(100UL);
        // No permit yet: the weights do not count, all emission follows stake and uid 0 gains the permit.
        Ints(epoch, "emission").ShouldBe([1_000_000_000L, 0, 0]);
        epoch.GetProperty("validator_permit").EnumerateArray().Select(e => e.GetBoolean()).ShouldBe([true, true, true]);
        // uid 0 is permitted now, so its bonds row is rewritten: the old bond decays but stays the column's maximum.
        epoch.GetProperty("bonds")[0].GetRawText().ShouldBe("[0,[[1,65535]]]");
    }

    [Fact]
    public void Run_UpstreamBondsScenario_CarriesPermitsAndBondsForward()
    {
        // subtensor's test_bonds: 4 validators (stake 1..4) weight 4 servers; then validator 0 weights only itself.
        string neurons = string.Join(",", Enumerable.Range(0, 8).Select(uid =>
            $$"""{ "uid": {{uid}}, "stake": {{(uid < 4 ? uid + 1 : 0)}}, "last_update": 0, "block_at_registration": 0, "validator_permit": true }"""));
        string row = "[[4, 16383], [5, 32767], [6, 49149], [7, 65535]]";
        var result = RunScenario($$"""
            { {{Hyperparameters}}, "emission_per_epoch": 1000000000, "neurons": [ {{neurons}} ],
              "epochs": [ { "block": 1, "weights": [ [0, {{row}}], [1, {{row}}], [2, {{row}}], [3, {{row}}] ] },
                          { "block": 2, "weights": [ [0, [[0, 65535]]] ] } ] }
            """);
        var epochs = result.GetProperty("epochs");
        BondColumn(epochs[0], 4).ShouldBe([16383, 32767, 49151, 65535]);
        Ints(epochs[0], "emission").ShouldBe([49999998L, 99999999, 150000000, 200000001, 49998779, 100000610, 149996337, 200004272]);
        BondColumn(epochs[1], 4).ShouldBe([14582, 32767, 49151, 65535]);
    }

    [Fact]
    public void Run_WithPlot_WritesAPng()
    {
        string plot = Path.Combine(_directory, "out.png");
        RunScenario(MinimalScenario("[{ \"block\": 10 }, { \"block\": 20 }]"), "--plot", plot);
        File.ReadAllBytes(plot).Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Theory]
    [InlineData("""{ "emission_per_epoch": 1, "neurons": [], "epochs": [] }""", "hyperparameters")]
    [InlineData("""{ "hyperparameters": { "kappa": 1, "bonds_moving_average": 1, "max_allowed_validators": 1 }, "emission_per_epoch": 1, "neurons": [], "epochs": [] }""", "hyperparameters.activity_cutoff")]
    [InlineData("""{ "hyperparameters": { "kappa": 0.5, "bonds_moving_average": 1, "max_allowed_validators": 1, "activity_cutoff": 1 }, "emission_per_epoch": 1, "neurons": [], "epochs": [] }""", "hyperparameters.kappa")]
    [InlineData("""{ "hyperparameters": { "kappa": 1, "bonds_moving_average": 1, "max_allowed_validators": 1, "activity_cutoff": 1 }, "emission_per_epoch": "lots", "neurons": [], "epochs": [] }""", "emission_per_epoch")]
    [InlineData("""{ "hyperparameters": { "kappa": 70000, "bonds_moving_average": 1, "max_allowed_validators": 1, "activity_cutoff": 1 }, "emission_per_epoch": 1, "neurons": [], "epochs": [] }""", "hyperparameters.kappa")]
    public void Run_BadHyperparametersOrEmission_ExitsTwoNamingTheField(string json, string field) =>
        AssertRejected(json, field);

    [Theory]
    [InlineData("[{ \"block\": 1, \"weights\": [[5, [[0, 1]]]] }]", "epochs[0].weights[0][0]")]
    [InlineData("[{ \"block\": 1, \"weights\": [[0, [[9, 1]]]] }]", "epochs[0].weights[0][1][0][0]")]
    [InlineData("[{ \"block\": 1, \"weights\": [[0, [[1]]]] }]", "epochs[0].weights[0][1][0]")]
    [InlineData("[{ \"block\": 1, \"weights\": [[0, [[1, 65536]]]] }]", "epochs[0].weights[0][1][0][1]")]
    [InlineData("[{ \"block\": 1, \"weights\": [[0, [[1, 5], [1, 6]]]] }]", "epochs[0].weights[0][1][1][0]")]
    [InlineData("[{ \"block\": 1, \"stakes\": [1, 2, 3] }]", "epochs[0].stakes")]
    [InlineData("[{ \"block\": 1, \"stakes\": [1, -2] }]", "epochs[0].stakes[1]")]
    [InlineData("[{ \"weights\": [] }]", "epochs[0].block")]
    [InlineData("[{ \"block\": 1.5 }]", "epochs[0].block")]
    public void Run_BadEpoch_ExitsTwoNamingTheField(string epochs, string field) =>
        AssertRejected(MinimalScenario(epochs), field);

    [Theory]
    [InlineData("""[{ "uid": 0, "stake": 1, "last_update": 0, "block_at_registration": 0 }]""", "neurons[0].validator_permit")]
    [InlineData("""[{ "uid": 3, "stake": 1, "last_update": 0, "block_at_registration": 0, "validator_permit": true }]""", "neurons[0].uid")]
    [InlineData("""[{ "uid": 0, "stake": "1", "last_update": 0, "block_at_registration": 0, "validator_permit": true }]""", "neurons[0].stake")]
    public void Run_BadNeuron_ExitsTwoNamingTheField(string neurons, string field) =>
        AssertRejected($$"""{ {{Hyperparameters}}, "emission_per_epoch": 1, "neurons": {{neurons}}, "epochs": [] }""", field);

    [Fact]
    public void Run_InvalidJson_ExitsTwo() => AssertRejected("{ \"hyperparameters\": ", "not valid JSON");

    [Fact]
    public void Run_MissingInputFile_ExitsTwo() =>
        CliRun.Of(["yuma", "run", "--input", Path.Combine(_directory, "absent.json")]).ExitCode.ShouldBe(2);

    [Fact]
    public void Bench_SmallSubnet_ExitsZero() =>
        CliRun.Of(["yuma", "bench", "--uids", "64", "--validators", "8", "--iterations", "2"]).ExitCode.ShouldBe(0);

    private static string MinimalScenario(string epochs) => $$"""
        { {{Hyperparameters}}, "emission_per_epoch": 1000,
          "neurons": [ { "uid": 0, "stake": 5, "last_update": 0, "block_at_registration": 0, "validator_permit": true },
                       { "uid": 1, "stake": 0, "last_update": 0, "block_at_registration": 0, "validator_permit": false } ],
          "epochs": {{epochs}} }
        """;

    private void AssertRejected(string json, string field)
    {
        string input = Path.Combine(_directory, "bad.json");
        File.WriteAllText(input, json);
        CliRun.Of(["yuma", "run", "--input", input, "--output", Path.Combine(_directory, "bad-out.json")]).ExitCode.ShouldBe(2);
        Should.Throw<CliException>(() => YumaScenarioReader.Parse(json)).Message.ShouldContain(field);
    }

    private JsonElement RunScenario(string json, params string[] extra)
    {
        string input = Path.Combine(_directory, "scenario.json"), output = Path.Combine(_directory, "result.json");
        File.WriteAllText(input, json);
        CliRun.Of(["yuma", "run", "--input", input, "--output", output, .. extra]).ExitCode.ShouldBe(0);
        return JsonDocument.Parse(File.ReadAllText(output)).RootElement.Clone();
    }

    private static long[] Ints(JsonElement epoch, string name) => epoch.GetProperty(name).EnumerateArray().Select(e => e.GetInt64()).ToArray();

    private static int[] BondColumn(JsonElement epoch, int column) => epoch.GetProperty("bonds").EnumerateArray()
        .Take(4).Select(row => row[1].EnumerateArray().Where(e => e[0].GetInt32() == column).Select(e => e[1].GetInt32()).SingleOrDefault())
        .ToArray();
}
