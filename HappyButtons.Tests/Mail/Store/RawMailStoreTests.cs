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

        var blobs = await store.StoreManyAsync(contents.Select(c => (Stream)new MemoryStream(c)).ToList(), CancellationToken.None);

        Assert.Equal(contents.Count, blobs.Count);
        for (var i = 0; i < contents.Count; i++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(contents[i]));
            Assert.Equal(hash, blobs[i].Hash);
            Assert.Equal(contents[i].Length, blobs[i].Size);
            Assert.Equal(contents[i], store.ReadAll(hash));
            Assert.True(File.Exists(Path.Combine(_root, hash[..2], hash)));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public async Task StoreMany_WhenOneStreamBreaks_StoresNoneAndLeavesNoTemporaryFiles()
    {
        var store = new RawMailStore(_root);
        var good = Encoding.UTF8.GetBytes("Eine gute Mail");

        await Assert.ThrowsAsync<IOException>(() => store.StoreManyAsync([new MemoryStream(good), new BrokenStream()], CancellationToken.None));

        Assert.False(store.Exists(Convert.ToHexStringLower(SHA256.HashData(good))));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".tmp")));
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
        Assert.Equal(bytes, store.ReadAll(hash));
        Assert.False(Directory.Exists(old));
        Assert.True(new RawMailStore(_root).Exists(hash)); // a second start finds nothing to move
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
