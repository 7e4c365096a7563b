using System.Runtime.InteropServices;

namespace HappyButtons.Engine.Storage;

/// <summary>The two POSIX calls .NET does not offer: flushing a directory, and giving a file a second name (a hard link).</summary>
public static class UnixFileSystem
{
    private const int ReadOnlyDirectoryLinux = 0x10000; // O_RDONLY | O_DIRECTORY

    /// <summary>Flushes a directory so the renames, links and creations in it survive a power loss.</summary>
    public static void FlushDirectory(string directory)
    {
        var descriptor = Native.Open(directory, OperatingSystem.IsLinux() ? ReadOnlyDirectoryLinux : 0);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Native.Fsync(descriptor) != 0)
            {
                throw new IOException($"Could not flush the directory {directory} to disk (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            Native.Close(descriptor);
        }
    }

    /// <summary>
    /// Gives <paramref name="existing"/> the additional name <paramref name="link"/>. False when that is not possible
    /// here (another file system, a file system without links, no permission, the name taken); the caller copies then.
    /// </summary>
    public static bool TryLink(string existing, string link) => Native.Link(existing, link) == 0;

    private static class Native
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Open(string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int descriptor);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int descriptor);

        [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Link(string existing, string link);
    }
}
