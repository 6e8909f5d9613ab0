using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Finney.Runtime.Subtensor.Epoch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Yuma;

/// <summary><c>finney yuma bench</c>: times the epoch on a synthetic subnet (see <see cref="SyntheticSubnet"/>).</summary>
internal sealed class YumaBenchCommand(CliConsole console) : Command<YumaBenchCommand.Settings>
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
        [Description("Timed epochs after three warm-ups (default 10).")]
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
        for (int warmUp = 0; warmUp < 3; warmUp++)
        {
            YumaConsensus.Run(input, parallelism: settings.Threads);
        }

        var times = new double[settings.Iterations];
        for (int i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            YumaConsensus.Run(input, parallelism: settings.Threads);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        // One key=value line: easy to read and to parse (tools/yuma-float-reference/compare.sh does).
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"yuma-bench uids={settings.Uids} validators={settings.Validators} weights={weights} threads={settings.Threads} " +
            $"epochs={times.Length} mean_ms={times.Average():0.00} median_ms={times[times.Length / 2]:0.00} " +
            $"min_ms={times[0]:0.00} max_ms={times[^1]:0.00} build_ms={build.Elapsed.TotalMilliseconds:0.00} cores={Environment.ProcessorCount}"));
        return 0;
    }
}
