using Microsoft.Win32.SafeHandles;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// Makes files and directory entries durable in groups. One flush to disk costs a journal commit (about 1.5 ms on
/// the development machine); flushes issued side by side are committed together by the file system, so a group of
/// 64 files costs about as much as a handful. A rename is durable once its directory is flushed.
/// </summary>
public static class DiskFlush
{
    /// <summary>Flushes in flight at once; more only add threads, the journal commits them together anyway.</summary>
    public const int Parallelism = 16;

    /// <summary>Flushes every file's data and metadata to disk, side by side, and returns when all are durable.</summary>
    public static Task FilesAsync(IReadOnlyList<SafeFileHandle> files) => RunAsync(files, RandomAccess.FlushToDisk);

    /// <summary>
    /// Flushes directories so the renames and creations in them survive a power loss. Only where the operating
    /// system supports it (Linux, macOS); elsewhere a rename is already durable or cannot be flushed.
    /// </summary>
    public static Task DirectoriesAsync(IEnumerable<string> directories) =>
        OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()
            ? RunAsync(directories.Distinct(StringComparer.Ordinal).ToList(), UnixFileSystem.FlushDirectory)
            : Task.CompletedTask;

    private static Task RunAsync<T>(IReadOnlyList<T> items, Action<T> flush)
    {
        switch (items.Count)
        {
            case 0:
                return Task.CompletedTask;
            case 1:
                flush(items[0]);
                return Task.CompletedTask;
        }

        // Flushing blocks its thread for the whole commit: dedicated threads, so the thread pool is never starved by it.
        var next = -1;
        var workers = new Task[Math.Min(Parallelism, items.Count)];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(() =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < items.Count)
                {
                    flush(items[index]);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        return Task.WhenAll(workers);
    }
}
