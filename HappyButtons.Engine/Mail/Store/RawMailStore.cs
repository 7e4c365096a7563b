using System.Security.Cryptography;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Mail.Store;

public sealed record StoredBlob(string Hash, long Size);

/// <summary>
/// Raw mail and attachment bytes, content-addressed by SHA-256 under <c>&lt;data&gt;/raw/ab/cd/&lt;hash&gt;</c>.
/// A file is written to a temporary name, flushed to disk and renamed, so a crash never leaves a
/// half-written blob under its final name; storing the same bytes twice is a no-op.
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
    }

    public async Task<StoredBlob> StoreAsync(Stream content, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(_root, ".tmp", Guid.NewGuid().ToString("N"));
        string hash;
        long size;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                size = 0;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
                file.Flush(flushToDisk: true);
            }

            var final = PathOf(hash);
            if (File.Exists(final))
            {
                File.Delete(temp);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                File.Move(temp, final, overwrite: true);
            }

            return new StoredBlob(hash, size);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public Task<StoredBlob> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        StoreAsync(new MemoryStream(content.ToArray(), writable: false), cancellationToken);

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

    public async Task<byte[]> ReadAllAsync(string hash, CancellationToken cancellationToken)
    {
        await using var stream = Open(hash);
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    private string PathOf(string hash) => Path.Combine(_root, hash[..2], hash[2..4], hash);

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
