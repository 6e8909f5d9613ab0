using System.Globalization;

namespace Finney.Storage.RocksDb.Tests;

/// <summary>
/// Entry point of the test assembly when started as a process: <c>crash-writer DIR SEED</c> commits blocks of
/// <see cref="CrashChain"/> to a RocksDB database until killed, printing "NUMBER ROOT" after each commit returns.
/// </summary>
public static class CrashWriterProgram
{
    /// <summary>Runs the writer; the test host never calls this.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 3 || args[0] != "crash-writer")
        {
            Console.Error.WriteLine("usage: crash-writer DIR SEED");
            return 2;
        }

        var seed = int.Parse(args[2], CultureInfo.InvariantCulture);
        using var database = RocksDbStateDatabase.Open(args[1], CrashChain.Options);
        var stdout = Console.Out;
        var deadline = DateTime.UtcNow.AddSeconds(60); // the parent kills us long before; never run away
        while (DateTime.UtcNow < deadline)
        {
            var block = CrashChain.CommitNext(database, seed);
            stdout.WriteLine($"{block.Number} {Convert.ToHexStringLower(database.Head!.StateRoot)}");
            stdout.Flush();
        }

        return 0;
    }
}
