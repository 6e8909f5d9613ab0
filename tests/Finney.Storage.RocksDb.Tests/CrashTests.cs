using System.Diagnostics;
using System.Globalization;
using Finney.Storage.Trie;

namespace Finney.Storage.RocksDb.Tests;

/// <summary>
/// kill -9 at random moments while a child process commits blocks; after each kill the database must reopen at
/// a block at or after the last one the child reported committed, with the state root and every read of the
/// head and of older retained blocks equal to a replay of the deterministic chain; then the chain continues.
/// </summary>
public class CrashTests
{
    private const int Seed = 20251125;

    [Fact]
    public void KillNineWhileCommitting_ReopensAtLastCommittedBlockWithSameState()
    {
        using var directory = new TemporaryDirectory();
        var random = new Random(Seed);
        var reported = new Dictionary<uint, string>();
        uint? lastReported = null;
        for (var cycle = 0; cycle < 6; cycle++)
        {
            var (acknowledged, roots) = RunAndKill(directory.Path, random.Next(150, 700));
            foreach (var (number, printed) in roots)
            {
                reported[number] = printed;
            }

            acknowledged.ShouldNotBeNull($"cycle {cycle}: the writer committed nothing before it was killed");
            lastReported = acknowledged;

            using var database = RocksDbStateDatabase.Open(directory.Path, CrashChain.Options);
            var head = database.Head.ShouldNotBeNull();
            head.Number.ShouldBeInRange(lastReported.Value, lastReported.Value + 1, "the head is the last acknowledged block, or the one whose acknowledgement the kill cut off");

            var expected = CrashChain.Replay(Seed, head.Number);
            head.StateRoot.ShouldBe(TrieRoot.StateRootV1(expected[^1].Entries));
            if (reported.TryGetValue(head.Number, out var root))
            {
                Convert.ToHexStringLower(head.StateRoot).ShouldBe(root);
            }

            database.Finalized!.Number.ShouldBe(head.Number);
            database.OldestState.ShouldBe((uint)Math.Max(0, (int)head.Number - CrashChain.KeepStates + 1));
            for (var number = database.OldestState!.Value; number <= head.Number; number++)
            {
                var hash = database.BlockHash(number).ShouldNotBeNull();
                database.Block(hash)!.StateRoot.ShouldBe(TrieRoot.StateRootV1(expected[(int)number].Entries));
                if (number == head.Number || number == database.OldestState)
                {
                    AssertSameState(database.StateAt(hash)!, expected[(int)number]);
                }
            }
        }

        lastReported!.Value.ShouldBeGreaterThan(20u, "the writer should get through a fair number of blocks");
    }

    private static (uint? Last, List<(uint Number, string Root)> Roots) RunAndKill(string path, int runMilliseconds)
    {
        var assembly = typeof(CrashWriterProgram).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("crash-writer");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(Seed.ToString(CultureInfo.InvariantCulture));

        var roots = new List<(uint, string)>();
        using var firstCommit = new ManualResetEventSlim();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.Split(' ') is [var number, var root])
            {
                lock (roots)
                {
                    roots.Add((uint.Parse(number, CultureInfo.InvariantCulture), root));
                }

                firstCommit.Set();
            }
        };
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            firstCommit.Wait(TimeSpan.FromSeconds(20)).ShouldBeTrue($"the writer never committed: {errors}");
            Thread.Sleep(runMilliseconds);
        }
        finally
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no finalizers, no RocksDB close
            process.WaitForExit();
        }

        lock (roots)
        {
            return (roots.Count == 0 ? null : roots[^1].Item1, [.. roots]);
        }
    }

    private static void AssertSameState(IStateReader reader, MemoryState expected)
    {
        var keys = new List<byte[]>();
        var cursor = Array.Empty<byte>();
        while (reader.NextKey(cursor) is { } next)
        {
            keys.Add(next);
            cursor = next;
        }

        keys.Select(Convert.ToHexString).ShouldBe(expected.Entries.Select(e => Convert.ToHexString(e.Key)));
        foreach (var (key, value) in expected.Entries)
        {
            reader.Get(key).ShouldBe(value);
        }
    }
}
