using System.Text.Json;

namespace Finney.Cli.Yuma;

/// <summary>Writes the simulator's output JSON (docs/yuma.md): one object per epoch, u16 vectors as integers, emission in RAO.</summary>
internal static class YumaResultWriter
{
    /// <summary>Writes <c>{ "epochs": [ … ] }</c>, one epoch per line.</summary>
    public static void Write(IReadOnlyList<YumaSimulator.EpochResult> results, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray("epochs");
        foreach (var (block, output) in results)
        {
            writer.WriteStartObject();
            writer.WriteNumber("block", block);
            Numbers(writer, "rank", output.Rank);
            Numbers(writer, "trust", output.Trust);
            Numbers(writer, "consensus", output.Consensus);
            Numbers(writer, "incentive", output.Incentive);
            Numbers(writer, "dividends", output.Dividends);
            Numbers(writer, "validator_trust", output.ValidatorTrust);
            Numbers(writer, "emission", output.Emission);
            Numbers(writer, "server_emission", output.ServerEmission);
            Numbers(writer, "validator_emission", output.ValidatorEmission);
            Flags(writer, "validator_permit", output.ValidatorPermit);
            writer.WriteStartArray("bonds");
            for (int uid = 0; uid < output.Bonds.Length; uid++)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(uid);
                writer.WriteStartArray();
                foreach (var entry in output.Bonds[uid])
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(entry.Uid);
                    writer.WriteNumberValue(entry.Value);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            Numbers(writer, "pruning_scores", output.PruningScores);
            Flags(writer, "active", output.Active);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter writer, string name, ushort[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter writer, string name, ulong[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Flags(Utf8JsonWriter writer, string name, bool[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteBooleanValue(value);
        }

        writer.WriteEndArray();
    }
}
