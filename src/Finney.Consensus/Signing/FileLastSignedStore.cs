using Finney.Consensus.Durability;

namespace Finney.Consensus.Signing;

/// <summary>
/// The record in one file, replaced atomically: write a temporary file, fsync it, rename it over the old one,
/// fsync the directory. A crash leaves either the old or the new record, never a torn one.
/// </summary>
public sealed class FileLastSignedStore(string path) : ILastSignedStore
{
    /// <inheritdoc />
    public LastSignedRecord? Load() => File.Exists(path) ? LastSignedRecord.Decode(File.ReadAllBytes(path)) : null;

    /// <inheritdoc />
    public void Save(LastSignedRecord record)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(record.Encode());
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        DirectorySync.Fsync(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }
}
