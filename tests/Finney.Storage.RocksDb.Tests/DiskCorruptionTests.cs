using Finney.Primitives.Hashing;
using Finney.Storage.Database;
using RocksDbSharp;

namespace Finney.Storage.RocksDb.Tests;

/// <summary>Bytes damaged on disk surface as RocksDB's corruption error on the read that meets them, not as a value.</summary>
public class DiskCorruptionTests
{
    [Fact]
    public void AFlippedByteInATableFile_FailsTheReadWithCorruption()
    {
        using var directory = new TemporaryDirectory();
        var changes = Enumerable.Range(0, 5_000).Select(i => new StateChange(Blake2b.Hash256(BitConverter.GetBytes(i)), Blake2b.Hash256(BitConverter.GetBytes(-i)))).ToList();
        using (var database = RocksDbStateDatabase.Open(directory.Path))
        {
            var update = database.PrepareUpdate([], changes);
            byte[] header = [.. new byte[32], 0, 0, 0, 0, .. update.Root];
            database.Commit(new BlockData(0, Blake2b.Hash256(header), new byte[32], header, []), update, finalize: true);
        }

        // Reopening replays the write-ahead log into table files; damage the largest one in its middle.
        RocksDbStateDatabase.Open(directory.Path).Dispose();
        var table = new DirectoryInfo(directory.Path).GetFiles("*.sst").MaxBy(f => f.Length).ShouldNotBeNull();
        using (var file = File.Open(table.FullName, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 3;
            var original = file.ReadByte();
            file.Position--;
            file.WriteByte((byte)(original ^ 0xff));
        }

        var error = Should.Throw<RocksDbException>(() =>
        {
            using var database = RocksDbStateDatabase.Open(directory.Path);
            var state = database.StateAt(database.Head!.Hash)!;
            var trie = new Trie.TrieStateReader(database.TrieNodes, database.Head.StateRoot);
            foreach (var change in changes)
            {
                state.Get(change.Key).ShouldBe(change.Value);
                trie.Get(change.Key).ShouldBe(change.Value);
            }
        });
        error.Message.ShouldContain("Corruption");
    }
}
