using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Finney.Runtime.Subtensor.Epoch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Yuma;

/// <summary><c>finney yuma bench</c>: times the epoch on a synthetic subnet (see <see cref="SyntheticSubnet"/>).</summary>
internal sealed class YumaBenchCommand : Command<YumaBenchCommand.Settings>
{
    /// <summary>Options of <c>finney yuma bench</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Subnet size.</summary>
        [CommandOption("--uids <N>")]
        [Description("Number of uids (1-65536).")]
        public int Uids { get; init; } = 4096;

        /// <summary>Permitted, staked validators.</summary>
        [CommandOption("--validators <V>")]
        [Description("Number of validators (uids 0..V-1).")]
        public int Validators { get; init; } = 128;

        /// <summary>Weights per validator; defaults to all uids.</summary>
        [CommandOption("--weights <W>")]
        [Description("Weights per validator (default: all uids).")]
        public int? Weights { get; init; }

        /// <summary>Timed epochs.</summary>
        [CommandOption("--iterations <I>")]
        [Description("Timed epochs after one warm-up (default 10).")]
        public int Iterations { get; init; } = 10;

        /// <summary>Threads for the consensus medians.</summary>
        [CommandOption("--threads <T>")]
        [Description("Threads for the per-column medians (default 1; results are identical).")]
        public int Threads { get; init; } = 1;

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            Uids is < 1 or > 65_536 ? ValidationResult.Error("--uids must be between 1 and 65536")
            : Validators < 0 || Validators > Uids ? ValidationResult.Error("--validators must be between 0 and --uids")
            : Weights is { } w && (w < 0 || w > Uids) ? ValidationResult.Error("--weights must be between 0 and --uids")
            : Iterations < 1 ? ValidationResult.Error("--iterations must be at least 1")
            : Threads < 1 ? ValidationResult.Error("--threads must be at least 1")
            : ValidationResult.Success();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        int weights = settings.Weights ?? settings.Uids;
        var build = Stopwatch.StartNew();
        var input = SyntheticSubnet.Create(settings.Uids, settings.Validators, weights);
        build.Stop();
        YumaConsensus.Run(input, parallelism: settings.Threads);
        var times = new double[settings.Iterations];
        for (int i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            YumaConsensus.Run(input, parallelism: settings.Threads);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        var table = new Table().AddColumns("uids", "validators", "weights", "threads", "epochs", "mean ms", "median ms", "min ms", "max ms");
        table.AddRow(Text(settings.Uids), Text(settings.Validators), Text((long)settings.Validators * weights), Text(settings.Threads),
            Text(times.Length), Ms(times.Average()), Ms(times[times.Length / 2]), Ms(times[0]), Ms(times[^1]));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]input built in {Ms(build.Elapsed.TotalMilliseconds)} ms; {Markup.Escape(Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture))} logical cores[/]");
        return 0;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
