using BenchmarkDotNet.Running;

namespace Finney.Benchmarks;

/// <summary>Entry point: BenchmarkSwitcher picks benchmarks by the usual --filter arguments.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
