using BenchmarkDotNet.Running;

namespace Finney.Benchmarks;

/// <summary>Entry point: BenchmarkSwitcher picks benchmarks by the usual --filter arguments.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line. Exits with 1 when none ran, when BenchmarkDotNet refused one
    /// (a validation error such as a sealed benchmark class) or when one failed: BenchmarkDotNet itself exits with 0
    /// in all of these, and ./test.sh's dry run relies on the exit code.
    /// </summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        if (args.Contains("--list") || args.Contains("--help") || args.Contains("--info"))
        {
            return 0;
        }

        var refused = summaries.Where(summary => summary.HasCriticalValidationErrors).ToArray();
        var failed = summaries.SelectMany(summary => summary.Reports).Where(report => !report.Success).ToArray();
        foreach (var summary in refused)
        {
            foreach (var error in summary.ValidationErrors.Where(error => error.IsCritical))
            {
                Console.Error.WriteLine($"benchmark refused: {error.Message}");
            }
        }

        foreach (var report in failed)
        {
            Console.Error.WriteLine($"benchmark failed: {report.BenchmarkCase.DisplayInfo}");
        }

        if (summaries.Length == 0 || summaries.All(summary => summary.Reports.IsEmpty))
        {
            Console.Error.WriteLine("no benchmark ran");
            return 1;
        }

        return refused.Length > 0 || failed.Length > 0 ? 1 : 0;
    }
}
