using System.Runtime.InteropServices;
using System.Security.Cryptography;
using HappyButtons.Engine.Storage;
using Microsoft.Win32.SafeHandles;

namespace HappyButtons.Engine.Mail.Store;

public sealed record StoredBlob(string Hash, long Size);

/// <summary>Bytes to store; <paramref name="File"/>, when given, is a file holding exactly these bytes that the store may link instead of copying.</summary>
public sealed record BlobSource(Stream Content, string? File = null);

/// <summary>
/// Raw mail and attachment bytes, content-addressed by SHA-256 under <c>&lt;data&gt;/raw/ab/&lt;hash&gt;</c>: 256
/// directories, so they soon all exist (creating a directory is the dearest file system step) and each holds a few
/// thousand files per million blobs.
/// A file is written to a temporary name, flushed to disk and renamed (its directory flushed too), so a crash never
/// leaves a half-written blob under its final name; storing the same bytes twice is a no-op. Blobs stored together
/// (<see cref="StoreManyAsync"/>) share the cost of the flushes.
/// </summary>
public sealed class RawMailStore
{
    private readonly string _root;

    public RawMailStore(DataDirectory dataDirectory) : this(dataDirectory.PathFor("raw"))
    {
    }

    public RawMailStore(string root)
    {
        _root = root;
        Directory.CreateDirectory(Path.Combine(_root, ".tmp"));
        MoveFromTwoLevelLayout();
    }

    public async Task<StoredBlob> StoreAsync(Stream content, CancellationToken cancellationToken) =>
        (await StoreManyAsync([new BlobSource(content)], cancellationToken))[0];

    /// <summary>
    /// Stores several blobs and makes them durable together: every file is written under a temporary name, all are
    /// flushed to disk side by side, renamed to their hash, and the directories flushed. A source that names a file on
    /// the same file system (a Maildir message) is hard-linked instead of copied: no new file, no second copy of the
    /// bytes. When this returns, every blob survives a crash or power loss; when it throws, no temporary file is left.
    /// </summary>
    public async Task<IReadOnlyList<StoredBlob>> StoreManyAsync(IReadOnlyList<BlobSource> sources, CancellationToken cancellationToken)
    {
        var blobs = new StoredBlob[sources.Count];
        var copies = new List<(int Index, string Temp)>(sources.Count);
        var temps = new List<string>(sources.Count);
        var toFlush = new List<SafeFileHandle>(sources.Count);
        var directories = new List<string>();
        try
        {
            var buffer = new byte[81920];
            for (var i = 0; i < sources.Count; i++)
            {
                var source = sources[i];
                if (source.File is { } file && source.Content.CanSeek)
                {
                    blobs[i] = await CopyAsync(source.Content, null, buffer, cancellationToken);
                    if (TryLink(file, blobs[i].Hash, directories, toFlush))
                    {
                        continue;
                    }

                    source.Content.Position = 0; // another file system, or linking refused: copy after all
                }

                var temp = Path.Combine(_root, ".tmp", Guid.NewGuid().ToString("N"));
                temps.Add(temp);
                var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                toFlush.Add(handle);
                blobs[i] = await CopyAsync(source.Content, handle, buffer, cancellationToken);
                copies.Add((i, temp));
            }

            await DiskFlush.FilesAsync(toFlush);
            DisposeAll(toFlush);

            foreach (var (index, temp) in copies)
            {
                var final = PathOf(blobs[index].Hash);
                if (File.Exists(final))
                {
                    File.Delete(temp);
                    continue;
                }

                EnsureDirectory(final, directories);
                File.Move(temp, final, overwrite: true);
            }

            await DiskFlush.DirectoriesAsync(directories);
            return blobs;
        }
        catch
        {
            DisposeAll(toFlush);
            foreach (var temp in temps)
            {
                TryDelete(temp); // a temporary already renamed is simply not there any more
            }

            throw;
        }
    }

    /// <summary>
    /// Gives <paramref name="file"/> a second name under its hash, so the store shares its bytes. True when the blob is
    /// now stored (linked, or there already); its handle joins the flush, since the file's first writer may not have
    /// flushed it. False when the file cannot be linked here.
    /// </summary>
    private bool TryLink(string file, string hash, List<string> directories, List<SafeFileHandle> toFlush)
    {
        var final = PathOf(hash);
        if (File.Exists(final))
        {
            return true;
        }

        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return false;
        }

        EnsureDirectory(final, directories);
        if (!UnixFileSystem.TryLink(file, final) && !File.Exists(final))
        {
            return false;
        }

        toFlush.Add(File.OpenHandle(final, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        return true;
    }

    private void EnsureDirectory(string final, List<string> directories)
    {
        var directory = Path.GetDirectoryName(final)!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            directories.Add(_root);
        }

        directories.Add(directory);
    }

    /// <summary>Reads the content to its end, hashing it, and writes it to <paramref name="file"/> when one is given.</summary>
    private static async Task<StoredBlob> CopyAsync(Stream content, SafeFileHandle? file, byte[] buffer, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            if (file is not null)
            {
                RandomAccess.Write(file, buffer.AsSpan(0, read), size);
            }

            size += read;
        }

        return new StoredBlob(Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }

    private static void DisposeAll(List<SafeFileHandle> files)
    {
        foreach (var file in files)
        {
            file.Dispose();
        }

        files.Clear();
    }

    public Task<StoredBlob> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        StoreAsync(ReadOnlyStream(content), cancellationToken);

    /// <summary>A read-only stream over the bytes, without copying them when they live in an array.</summary>
    public static Stream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    public bool Exists(string hash) => IsHash(hash) && File.Exists(PathOf(hash));

    /// <summary>Opens stored bytes for reading; throws <see cref="FileNotFoundException"/> for an unknown hash.</summary>
    public Stream Open(string hash)
    {
        if (!IsHash(hash))
        {
            throw new ArgumentException("Not a SHA-256 hash.", nameof(hash));
        }

        return new FileStream(PathOf(hash), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    /// <summary>Reads stored bytes whole; throws <see cref="FileNotFoundException"/> for an unknown hash.</summary>
    public Task<byte[]> ReadAllAsync(string hash, CancellationToken cancellationToken) =>
        IsHash(hash) ? File.ReadAllBytesAsync(PathOf(hash), cancellationToken) : throw new ArgumentException("Not a SHA-256 hash.", nameof(hash));

    private string PathOf(string hash) => Path.Combine(_root, hash[..2], hash);

    /// <summary>
    /// Data directories written before the store used one level kept blobs under <c>raw/ab/cd/&lt;hash&gt;</c>; they
    /// are moved up once, at the first start with this layout, which then leaves the marker <c>raw/.one-level</c>.
    /// Idempotent, and safe to interrupt: a blob is in one place or the other, and the marker comes last.
    /// </summary>
    private void MoveFromTwoLevelLayout()
    {
        // Listing every blob directory at each start would cost more the more mail there is: once done, a marker says so.
        var done = Path.Combine(_root, ".one-level");
        if (File.Exists(done))
        {
            return;
        }

        foreach (var top in Directory.EnumerateDirectories(_root))
        {
            if (!IsHexPair(Path.GetFileName(top)))
            {
                continue;
            }

            foreach (var second in Directory.EnumerateDirectories(top).Where(d => IsHexPair(Path.GetFileName(d))).ToList())
            {
                foreach (var file in Directory.EnumerateFiles(second).ToList())
                {
                    var hash = Path.GetFileName(file);
                    if (IsHash(hash))
                    {
                        File.Move(file, PathOf(hash), overwrite: true);
                    }
                }

                if (!Directory.EnumerateFileSystemEntries(second).Any())
                {
                    Directory.Delete(second);
                }
            }
        }

        File.WriteAllText(done, "Blobs are stored as raw/ab/<sha256>; the two-level layout was moved up.\n");
    }

    private static bool IsHexPair(string name) => name.Length == 2 && name.All(char.IsAsciiHexDigitLower);

    private static bool IsHash(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
