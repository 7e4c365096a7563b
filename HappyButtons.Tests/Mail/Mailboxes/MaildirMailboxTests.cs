using System.Text;
using HappyButtons.Engine.Mail.Mailboxes;

namespace HappyButtons.Tests.Mail.Mailboxes;

public sealed class MaildirMailboxTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("hb-maildir-");

    public void Dispose() => _root.Delete(recursive: true);

    private static readonly byte[] Message = Encoding.ASCII.GetBytes("Subject: Hallo\r\n\r\nText\r\n");

    [Fact]
    public void Constructor_CreatesTmpNewAndCur_WhenMissing()
    {
        var mailbox = new MaildirMailbox(Path.Combine(_root.FullName, "sales"));
        Assert.True(Directory.Exists(Path.Combine(mailbox.Root, "tmp")));
        Assert.True(Directory.Exists(Path.Combine(mailbox.Root, "new")));
        Assert.True(Directory.Exists(Path.Combine(mailbox.Root, "cur")));
    }

    [Fact]
    public async Task Deliver_ThenList_ThenOpen_ReturnsTheSameBytes()
    {
        var mailbox = new MaildirMailbox(_root.FullName);

        var id = await mailbox.DeliverAsync(Message);
        var entry = Assert.Single(mailbox.ListNew());
        await using var stream = mailbox.OpenRead(entry.SourceId);

        Assert.Equal(id, entry.SourceId);
        Assert.Equal(Message.Length, entry.Size);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(Message, copy.ToArray());
        Assert.Empty(Directory.GetFiles(Path.Combine(_root.FullName, "tmp")));
    }

    [Fact]
    public async Task Deliver_UsesUniqueNamesForConcurrentDeliveries()
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => mailbox.DeliverAsync(Message)));
        Assert.Equal(50, ids.Distinct().Count());
        Assert.Equal(50, mailbox.ListNew().Count);
        Assert.All(ids, id => Assert.Matches(@"^\d+\.\d+_\d+R[0-9a-f]+\.", id));
    }

    [Fact]
    public async Task MarkSeen_MovesToCurWithSeenFlag_AndIsIdempotent()
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        var id = await mailbox.DeliverAsync(Message);

        Assert.True(await mailbox.MarkSeenAsync(id));
        Assert.True(await mailbox.MarkSeenAsync(id));

        Assert.Empty(mailbox.ListNew());
        Assert.Equal([$"{id}:2,S"], Directory.GetFiles(Path.Combine(_root.FullName, "cur")).Select(Path.GetFileName));
        Assert.NotNull(mailbox.OpenRead(id));
    }

    [Fact]
    public async Task MarkSeen_AddsSeenToExistingFlagsInCur()
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        await File.WriteAllBytesAsync(Path.Combine(_root.FullName, "cur", "123.456_1.host:2,FR"), Message);

        Assert.True(await mailbox.MarkSeenAsync("123.456_1.host"));

        Assert.True(File.Exists(Path.Combine(_root.FullName, "cur", "123.456_1.host:2,FRS")));
    }

    [Fact]
    public async Task List_StripsInfoFromSourceId_AndIgnoresDotFiles()
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        await File.WriteAllBytesAsync(Path.Combine(_root.FullName, "new", "1.2_3.host:2,"), Message);
        await File.WriteAllBytesAsync(Path.Combine(_root.FullName, "new", ".hidden"), Message);

        Assert.Equal("1.2_3.host", Assert.Single(mailbox.ListNew()).SourceId);
        Assert.True(await mailbox.MarkSeenAsync("1.2_3.host"));
        Assert.True(File.Exists(Path.Combine(_root.FullName, "cur", "1.2_3.host:2,S")));
    }

    [Fact]
    public async Task Open_ReturnsNull_WhenFileVanishedBetweenListAndOpen()
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        await mailbox.DeliverAsync(Message);
        var entry = Assert.Single(mailbox.ListNew());

        File.Delete(entry.Path);

        Assert.Null(mailbox.OpenRead(entry.SourceId));
        Assert.False(await mailbox.MarkSeenAsync(entry.SourceId));
    }

    [Fact]
    public async Task Open_FindsMessageThatAnotherReaderAlreadyMovedToCur()
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        var id = await mailbox.DeliverAsync(Message);
        var entry = Assert.Single(mailbox.ListNew());
        File.Move(entry.Path, Path.Combine(_root.FullName, "cur", id + ":2,S"));

        await using var stream = mailbox.OpenRead(id);

        Assert.NotNull(stream);
        Assert.True(await mailbox.MarkSeenAsync(id));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task MarkSeen_RefusesIdsWithPaths(string id)
    {
        var mailbox = new MaildirMailbox(_root.FullName);
        await Assert.ThrowsAsync<ArgumentException>(() => mailbox.MarkSeenAsync(id));
    }
}
