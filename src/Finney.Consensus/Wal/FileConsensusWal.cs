using System.Buffers.Binary;
using System.IO.Hashing;
using Finney.Consensus.Driver;
using Finney.Consensus.Durability;

namespace Finney.Consensus.Wal;

/// <summary>
/// The WAL in one append-only file of records <c>u32 length | u32 crc32 | input</c> (little-endian). Opening it
/// truncates a torn or corrupt tail, the remains of a crash mid-append (Jepsen's Tendermint WAL finding).
/// <see cref="Flush"/> fsyncs; <see cref="BeginHeight"/> replaces the file atomically (temp file, fsync, rename,
/// fsync directory).
/// </summary>
public sealed class FileConsensusWal : IConsensusWal, IDisposable
{
    private const int HeaderLength = 8;
    private const int MaxRecordLength = 16 << 20;

    private readonly string _path;
    private readonly List<ConsensusInput> _durable;
    private FileStream _file;

    /// <summary>Opens or creates the WAL at <paramref name="path"/>, dropping a torn tail.</summary>
    public FileConsensusWal(string path)
    {
        _path = path;
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        (_durable, var validLength) = ReadRecords(_file);
        if (validLength < _file.Length)
        {
            _file.SetLength(validLength);
            _file.Flush(flushToDisk: true);
        }

        _file.Seek(0, SeekOrigin.End);
    }

    /// <summary>Bytes dropped from the tail when the file was opened (0 after a clean shutdown).</summary>
    public long TruncatedBytes { get; private set; }

    /// <inheritdoc />
    public void BeginHeight(ConsensusInput.StartHeight start)
    {
        var temporary = _path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Frame(start));
            file.Flush(flushToDisk: true);
        }

        _file.Dispose();
        File.Move(temporary, _path, overwrite: true);
        DirectorySync.Fsync(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        _file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        _file.Seek(0, SeekOrigin.End);
        _durable.Clear();
        _durable.Add(start);
    }

    /// <inheritdoc />
    public void Append(ConsensusInput input)
    {
        _file.Write(Frame(input));
        _durable.Add(input);
    }

    /// <inheritdoc />
    public void Flush() => _file.Flush(flushToDisk: true);

    /// <inheritdoc />
    public IReadOnlyList<ConsensusInput> ReadDurable() => [.. _durable];

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    private static byte[] Frame(ConsensusInput input)
    {
        var payload = ConsensusInputCodec.Encode(input);
        var frame = new byte[HeaderLength + payload.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.HashToUInt32(payload));
        payload.CopyTo(frame, HeaderLength);
        return frame;
    }

    private (List<ConsensusInput> Records, long ValidLength) ReadRecords(FileStream file)
    {
        var bytes = new byte[file.Length];
        file.ReadExactly(bytes);
        var records = new List<ConsensusInput>();
        var offset = 0;
        while (bytes.Length - offset >= HeaderLength)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
            var checksum = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (length > MaxRecordLength || length > bytes.Length - offset - HeaderLength)
            {
                break;
            }

            var payload = bytes.AsSpan(offset + HeaderLength, (int)length);
            if (Crc32.HashToUInt32(payload) != checksum)
            {
                break;
            }

            records.Add(ConsensusInputCodec.Decode(payload));
            offset += HeaderLength + (int)length;
        }

        TruncatedBytes = bytes.Length - offset;
        return (records, offset);
    }
}
