using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Sdk.Registration;

namespace Finney.Sdk.Tests.Registration;

/// <summary>
/// Seals and first solutions from tests/fixtures/pow/seals.json, computed with Node's SHA-256 and
/// @polkadot/util-crypto's Keccak (tools/wallet-vectors/pow-vectors.mjs).
/// </summary>
public class PowSealTests
{
    private static readonly JsonElement[] Cases =
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "tests", "fixtures", "pow", "seals.json"))).RootElement.EnumerateArray()];

    public static TheoryData<int> CaseIndexes => [.. Enumerable.Range(0, Cases.Length)];

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void PreHashAndSeals_MatchIndependentImplementations(int index)
    {
        var c = Cases[index];
        var (blockHash, hotkey) = Inputs(c);
        var preHash = PowSeal.PreHash(blockHash, hotkey);
        Hex.Encode(preHash).ShouldBe(c.GetProperty("preHash").GetString());

        var batch = new PowBatch(preHash);
        var eight = new byte[8 * 32];
        foreach (var s in c.GetProperty("seals").EnumerateArray())
        {
            var nonce = ulong.Parse(s.GetProperty("nonce").GetString()!, CultureInfo.InvariantCulture);
            var expected = s.GetProperty("seal").GetString();
            Hex.Encode(PowSeal.Compute(nonce, preHash)).ShouldBe(expected);
            batch.Seals(nonce, eight);
            Hex.Encode(eight.AsSpan(0, 32)).ShouldBe(expected, $"lane 0 of the batch at nonce {nonce}");
        }
    }

    [Fact]
    public void BatchSeals_EveryLane_EqualsThePlainComputation()
    {
        var preHash = PowSeal.PreHash(new byte[32], AccountId32.Parse("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"));
        var batch = new PowBatch(preHash);
        var eight = new byte[8 * 32];
        foreach (var start in new ulong[] { 0, 4294967292, ulong.MaxValue - 3 })
        {
            batch.Seals(start, eight);
            for (var lane = 0; lane < 8; lane++)
            {
                eight.AsSpan(lane * 32, 32).ToArray().ShouldBe(PowSeal.Compute(unchecked(start + (ulong)lane), preHash), $"nonce {start}+{lane}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Solve_OneThreadFromZero_FindsTheFirstSolution(int index)
    {
        var c = Cases[index];
        var (blockHash, hotkey) = Inputs(c);
        foreach (var s in c.GetProperty("solutions").EnumerateArray())
        {
            var difficulty = PowDifficulty.FromBigInteger(BigInteger.Parse(s.GetProperty("difficulty").GetString()!, CultureInfo.InvariantCulture));
            var problem = new PowProblem(c.GetProperty("blockNumber").GetUInt64(), blockHash, hotkey, difficulty);

            var result = PowSolver.Solve(problem, new PowSolverOptions { Threads = 1, StartNonce = 0 });

            result.Outcome.ShouldBe(PowOutcome.Found);
            result.Solution!.Nonce.ToString(CultureInfo.InvariantCulture).ShouldBe(s.GetProperty("firstNonce").GetString());
            Hex.Encode(result.Solution.Seal).ShouldBe(s.GetProperty("seal").GetString());
            result.Solution.BlockNumber.ShouldBe(problem.BlockNumber);
        }
    }

    private static (byte[] BlockHash, AccountId32 Hotkey) Inputs(JsonElement c) =>
        (Hex.Decode(c.GetProperty("blockHash").GetString()!), AccountId32.Parse(c.GetProperty("hotkey").GetString()!));
}
