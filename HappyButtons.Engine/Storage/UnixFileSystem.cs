using System.Runtime.InteropServices;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// The POSIX calls .NET does not offer: flushing a directory, giving a file a second name (a hard link), and telling a
/// regular file from a pipe, device or symbolic link.
/// </summary>
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

    /// <summary>
    /// True when <paramref name="path"/> is a regular file itself: not a symbolic link (which is not followed), a pipe
    /// (opening one to read would wait for a writer for ever), a socket or a device. False when it does not exist.
    /// </summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null
                   && (info.Attributes & (FileAttributes.Directory | FileAttributes.Device | FileAttributes.ReparsePoint)) == 0;
        }

        // statx: unlike struct stat, its layout is the same on every architecture; stx_mode is the u16 at offset 28.
        const int atCurrentDirectory = -100, atSymlinkNoFollow = 0x100, statxType = 0x1, modeOffset = 28;
        const ushort typeMask = 0xF000, regularFile = 0x8000;
        var buffer = new byte[256];
        return Native.Statx(atCurrentDirectory, path, atSymlinkNoFollow, statxType, buffer) == 0
               && (BitConverter.ToUInt16(buffer, modeOffset) & typeMask) == regularFile;
    }

    /// <summary>
    /// Makes every file and directory this process creates from now on readable by its own user only (0600 / 0700): the
    /// data directory holds mail, the database and the keys that decrypt the stored secrets.
    /// </summary>
    public static void RestrictNewFilesToOwner()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Native.Umask(0b000_111_111);
        }
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "umask")]
        public static extern uint Umask(uint mask);

        [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Statx(int directory, string path, int flags, uint mask, byte[] buffer);

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
