using System.Security.Cryptography;
using System.Text;
using HappyButtons.Engine.Mail.Store;

namespace HappyButtons.Tests.Mail.Store;

public class RawMailStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hb-raw-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task StoreMany_KeepsEveryBlobUnderItsHash_InOrder_AndLeavesNoTemporaryFiles()
    {
        var store = new RawMailStore(_root);
        var contents = Enumerable.Range(0, 40).Select(i => Encoding.UTF8.GetBytes($"Mail Nummer {i}\r\n")).ToList();
        contents.Add(contents[3]); // the same bytes twice in one group

        var blobs = await store.StoreManyAsync(contents.Select(c => new BlobSource(new MemoryStream(c))).ToList(), CancellationToken.None);

        Assert.Equal(contents.Count, blobs.Count);
        for (var i = 0; i < contents.Count; i++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(contents[i]));
            Assert.Equal(hash, blobs[i].Hash);
            Assert.Equal(contents[i].Length, blobs[i].Size);
            Assert.Equal(contents[i], await store.ReadAllAsync(hash, CancellationToken.None));
            Assert.True(File.Exists(Path.Combine(_root, hash[..2], hash)));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public async Task StoreMany_WhenOneStreamBreaks_StoresNoneAndLeavesNoTemporaryFiles()
    {
        var store = new RawMailStore(_root);
        var good = Encoding.UTF8.GetBytes("Eine gute Mail");

        await Assert.ThrowsAsync<IOException>(() => store.StoreManyAsync([new BlobSource(new MemoryStream(good)), new BlobSource(new BrokenStream())], CancellationToken.None));

        Assert.False(store.Exists(Convert.ToHexStringLower(SHA256.HashData(good))));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public async Task AFileOnTheSameFileSystem_IsLinked_NotCopied()
    {
        var store = new RawMailStore(_root);
        var delivered = Path.Combine(_root, "..", Path.GetFileName(_root) + "-maildir-file");
        var bytes = Encoding.UTF8.GetBytes("Subject: verlinkt\r\n\r\nDieselben Bytes, kein zweites Exemplar.\r\n");
        await File.WriteAllBytesAsync(delivered, bytes);
        try
        {
            StoredBlob blob;
            await using (var stream = File.OpenRead(delivered))
            {
                blob = (await store.StoreManyAsync([new BlobSource(stream, delivered)], CancellationToken.None))[0];
            }

            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), blob.Hash);
            Assert.Equal(bytes, await store.ReadAllAsync(blob.Hash, CancellationToken.None));
            Assert.Equal(Inode(delivered), Inode(Path.Combine(_root, blob.Hash[..2], blob.Hash)));
            Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".tmp")));
        }
        finally
        {
            File.Delete(delivered);
        }
    }

    [Fact]
    public async Task AFileThatCannotBeLinked_IsCopiedFromItsStream()
    {
        var store = new RawMailStore(_root);
        var bytes = Encoding.UTF8.GetBytes("Subject: kopiert\r\n\r\nDie Datei wurde inzwischen verschoben.\r\n");

        var blob = (await store.StoreManyAsync([new BlobSource(new MemoryStream(bytes), Path.Combine(_root, "moved-away"))], CancellationToken.None))[0];

        Assert.Equal(bytes, await store.ReadAllAsync(blob.Hash, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".tmp")));
    }

    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }

    [Fact]
    public async Task BlobsOfTheEarlierTwoLevelLayout_AreMovedUpOnce_AndStayReadable()
    {
        var bytes = Encoding.UTF8.GetBytes("Aus einer älteren Installation");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var old = Path.Combine(_root, hash[..2], hash[2..4]);
        Directory.CreateDirectory(old);
        await File.WriteAllBytesAsync(Path.Combine(old, hash), bytes);

        var store = new RawMailStore(_root);

        Assert.True(store.Exists(hash));
        Assert.Equal(bytes, await store.ReadAllAsync(hash, CancellationToken.None));
        Assert.False(Directory.Exists(old));

        // Once moved, later starts do not list the blob directories again: a two-level blob put there now stays put.
        var lateBytes = Encoding.UTF8.GetBytes("Nach dem Umzug abgelegt");
        var lateHash = Convert.ToHexStringLower(SHA256.HashData(lateBytes));
        var late = Path.Combine(_root, lateHash[..2], lateHash[2..4]);
        Directory.CreateDirectory(late);
        await File.WriteAllBytesAsync(Path.Combine(late, lateHash), lateBytes);
        var restarted = new RawMailStore(_root);
        Assert.True(restarted.Exists(hash));
        Assert.False(restarted.Exists(lateHash));
        Assert.True(File.Exists(Path.Combine(late, lateHash)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class BrokenStream : MemoryStream
    {
        private int _reads;

        public BrokenStream() : base(new byte[100_000])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ++_reads > 1 ? throw new IOException("The disk went away.") : base.ReadAsync(buffer, cancellationToken);
    }
}
