using System.Runtime.InteropServices;

namespace Finney.Consensus.Durability;

/// <summary>fsync of a directory, so a rename inside it is durable (Linux; elsewhere a no-op, as .NET offers no API).</summary>
internal static partial class DirectorySync
{
    // O_RDONLY: Linux opens directories read-only without O_DIRECTORY, whose value differs between architectures.
    private const int ReadOnly = 0;

    /// <summary>Flushes the directory entry table to disk.</summary>
    public static void Fsync(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open directory {directory} to fsync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (FileSync(descriptor) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
