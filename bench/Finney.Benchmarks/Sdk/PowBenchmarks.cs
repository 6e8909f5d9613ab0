using BenchmarkDotNet.Attributes;
using Finney.Primitives.Accounts;
using Finney.Sdk.Registration;

namespace Finney.Benchmarks.Sdk;

/// <summary>
/// Registration seals: the plain one-at-a-time form, the solver's eight-wide batch (per seal), and whole
/// searches on one thread and on every core for a problem whose first solution is nonce 528,366 (so each
/// search hashes about 530,000 seals; see tests/fixtures/pow/seals.json).
/// </summary>
[MemoryDiagnoser]
public class PowBenchmarks
{
    private static readonly AccountId32 Alice = AccountId32.Parse("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private readonly byte[] _preHash = PowSeal.PreHash(new byte[32], Alice);
    private readonly PowProblem _problem = new(1000, new byte[32], Alice, PowDifficulty.FromU64(1_000_000));
    private PowBatch _batch = null!;
    private ulong _nonce;

    [GlobalSetup]
    public void Setup() => _batch = new PowBatch(_preHash);

    [Benchmark(Baseline = true)]
    public byte[] Seal_Plain() => PowSeal.Compute(_nonce++, _preHash);

    [Benchmark(OperationsPerInvoke = PowBatch.Width)]
    public int Seal_Batch8()
    {
        var lane = _batch.Find(_nonce, default);
        _nonce += PowBatch.Width;
        return lane;
    }

    [Benchmark(OperationsPerInvoke = 528_367)]
    public ulong Solve_OneThread() => PowSolver.Solve(_problem, new PowSolverOptions { Threads = 1, StartNonce = 0 }).Solution!.Nonce;

    [Benchmark(OperationsPerInvoke = 528_367)]
    public ulong Solve_AllCores() => PowSolver.Solve(_problem, new PowSolverOptions { StartNonce = 0 }).Solution!.Nonce;
}
