using System.Numerics;
using Finney.Primitives.Accounts;
using Finney.Sdk.Registration;
using FsCheck.Xunit;

namespace Finney.Sdk.Tests.Registration;

public class PowSolverTests
{
    private static readonly BigInteger Max = (BigInteger.One << 256) - 1;

    private static PowProblem Problem(PowDifficulty difficulty) =>
        new(42, new byte[32], AccountId32.Parse("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"), difficulty);

    [Fact]
    public void Solve_AllThreads_ReturnsAVerifiedSeal()
    {
        var problem = Problem(PowDifficulty.FromU64(200_000));

        var result = PowSolver.Solve(problem, new PowSolverOptions { Threads = 2 });

        result.Outcome.ShouldBe(PowOutcome.Found);
        var seal = PowSeal.Compute(result.Solution!.Nonce, problem.BlockHash, problem.Hotkey);
        result.Solution.Seal.ShouldBe(seal);
        problem.Difficulty.IsMetBy(seal).ShouldBeTrue();
    }

    [Fact]
    public void Solve_StopCheckSaysTheWindowPassed_StopsAndReportsProgress()
    {
        var reports = new List<PowProgress>();
        var asked = 0;
        var options = new PowSolverOptions
        {
            Threads = 2,
            ReportInterval = TimeSpan.FromMilliseconds(50),
            Progress = reports.Add,
            ShouldStop = () => ++asked >= 3,
        };

        var result = PowSolver.Solve(Problem(PowDifficulty.FromU64(ulong.MaxValue)), options);

        result.Outcome.ShouldBe(PowOutcome.Stopped);
        result.Solution.ShouldBeNull();
        reports.Count.ShouldBe(3);
        reports[^1].HashesTried.ShouldBeGreaterThan(0UL);
        reports[^1].AverageHashesPerSecond.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Solve_Cancelled_EndsAsCancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var result = PowSolver.Solve(Problem(PowDifficulty.FromU64(ulong.MaxValue)), new PowSolverOptions { ReportInterval = TimeSpan.FromMilliseconds(20) }, cancellation.Token);

        result.Outcome.ShouldBe(PowOutcome.Cancelled);
    }

    [Property(MaxTest = 500)]
    public bool IsMetBy_EqualsSubtensorOverflowRule(byte[] sealSeed, ulong difficulty, bool nearLimit)
    {
        var seal = new byte[32];
        sealSeed.AsSpan(0, Math.Min(32, sealSeed.Length)).CopyTo(seal);
        var d = PowDifficulty.FromU64(difficulty);
        if (nearLimit && difficulty > 0)
        {
            // Land on or right next to the limit, where an off-by-one would show.
            var limit = (Max / difficulty) + (sealSeed.Length % 3) - 1;
            if (limit >= 0 && limit <= Max)
            {
                seal = new byte[32];
                var bytes = limit.ToByteArray(isUnsigned: true, isBigEndian: true);
                bytes.CopyTo(seal, 32 - bytes.Length);
            }
        }

        var product = new BigInteger(seal, isUnsigned: true, isBigEndian: true) * difficulty;
        return d.IsMetBy(seal) == (product <= Max);
    }

    [Fact]
    public void IsMetBy_DifficultyZeroAndOne_AcceptsEverySeal()
    {
        var ones = Enumerable.Repeat((byte)0xff, 32).ToArray();
        PowDifficulty.FromU64(0).IsMetBy(ones).ShouldBeTrue();
        PowDifficulty.FromU64(1).IsMetBy(ones).ShouldBeTrue();
        PowDifficulty.FromU64(2).IsMetBy(ones).ShouldBeFalse();
    }
}
