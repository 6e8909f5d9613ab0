using System.Diagnostics;
using System.Security.Cryptography;

namespace Finney.Sdk.Registration;

/// <summary>
/// Searches for a registration seal on every core: each worker takes blocks of nonces from a shared counter
/// and hashes them eight at a time (<see cref="PowBatch"/>); the calling thread reports the hash rate and
/// asks the caller whether to stop. A found seal is checked again with the plain <see cref="PowSeal"/> before
/// it is returned.
/// </summary>
public static class PowSolver
{
    // Nonces a worker claims at a time: small enough that a stop is seen within milliseconds, large enough
    // that the shared counter is touched rarely (about every 10 ms per core).
    private const int ChunkNonces = 16_384;

    // Nonces between updates of the shared hash counter the progress reports read.
    private const int CountEvery = 1_024;

    /// <summary>Searches until a seal is found, <see cref="PowSolverOptions.ShouldStop"/> says so, or cancellation.</summary>
    public static PowResult Solve(PowProblem problem, PowSolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new PowSolverOptions();
        var search = new Search(problem, PowSeal.PreHash(problem.BlockHash, problem.Hotkey), options.StartNonce ?? RandomStart());
        var workers = Enumerable.Range(0, Math.Max(1, options.Threads))
            .Select(_ => new Thread(search.Work) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "finney-pow" })
            .ToList();
        var clock = Stopwatch.StartNew();
        workers.ForEach(w => w.Start());

        var outcome = Watch(search, options, clock, cancellationToken);
        search.Stop();
        workers.ForEach(w => w.Join());
        var solution = outcome == PowOutcome.Found ? search.Solution : null;
        return new PowResult(solution is null && outcome == PowOutcome.Found ? PowOutcome.Stopped : outcome, solution, search.Hashes, clock.Elapsed);
    }

    private static PowOutcome Watch(Search search, PowSolverOptions options, Stopwatch clock, CancellationToken cancellationToken)
    {
        var interval = options.ReportInterval > TimeSpan.Zero ? options.ReportInterval : TimeSpan.FromSeconds(1);
        var lastReport = TimeSpan.Zero;
        ulong lastHashes = 0;
        while (true)
        {
            var remaining = interval - (clock.Elapsed - lastReport);
            if (search.Found.WaitOne(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero))
            {
                return PowOutcome.Found;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return PowOutcome.Cancelled;
            }

            var now = clock.Elapsed;
            var hashes = search.Hashes;
            options.Progress?.Invoke(new PowProgress(
                hashes, (hashes - lastHashes) / Math.Max((now - lastReport).TotalSeconds, 1e-9), hashes / Math.Max(now.TotalSeconds, 1e-9), now));
            (lastReport, lastHashes) = (now, hashes);
            if (options.ShouldStop?.Invoke() == true)
            {
                return PowOutcome.Stopped;
            }
        }
    }

    private static ulong RandomStart()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }

    /// <summary>State shared by the workers of one search.</summary>
    private sealed class Search(PowProblem problem, byte[] preHash, ulong start)
    {
        private long _nextChunk;
        private long _hashes;
        private volatile bool _stop;
        private PowSolution? _solution;

        public ManualResetEvent Found { get; } = new(false);

        public ulong Hashes => (ulong)Interlocked.Read(ref _hashes);

        public PowSolution? Solution => Volatile.Read(ref _solution);

        public void Stop() => _stop = true;

        // Fully optimized from the first call: tier-0 code of the vector loops is two orders of magnitude slower.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Work()
        {
            var batch = new PowBatch(preHash);
            var difficulty = problem.Difficulty;
            while (!_stop)
            {
                var first = start + ((ulong)(Interlocked.Increment(ref _nextChunk) - 1) * ChunkNonces);
                ulong offset = 0;
                for (; offset < ChunkNonces && !_stop; offset += PowBatch.Width)
                {
                    var lane = batch.Find(first + offset, difficulty);
                    if (lane >= 0)
                    {
                        Report(first + offset + (ulong)lane);
                    }

                    if ((offset + PowBatch.Width) % CountEvery == 0)
                    {
                        Interlocked.Add(ref _hashes, CountEvery);
                    }
                }

                // A stop mid-chunk leaves seals not yet counted; the final figure includes them.
                Interlocked.Add(ref _hashes, (long)(offset % CountEvery));
            }
        }

        private void Report(ulong nonce)
        {
            var seal = PowSeal.Compute(nonce, preHash);
            if (!problem.Difficulty.IsMetBy(seal))
            {
                throw new InvalidOperationException($"The batched seal of nonce {nonce} disagrees with the plain computation.");
            }

            if (Interlocked.CompareExchange(ref _solution, new PowSolution(problem.BlockNumber, nonce, seal), null) is null)
            {
                _stop = true;
                Found.Set();
            }
        }
    }
}
