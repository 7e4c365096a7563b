using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Parsing;

namespace HappyButtons.Tests.Mail.Mailboxes;

public sealed class PickupSenderTests : IDisposable
{
    private readonly DirectoryInfo _outbox = Directory.CreateTempSubdirectory("hb-outbox-");

    public void Dispose() => _outbox.Delete(recursive: true);

    [Fact]
    public async Task Send_WritesAParseableEmlAndLeavesNothingInTmp()
    {
        var sender = new PickupSender(_outbox.FullName);
        var message = new OutgoingMessage { From = new EmailAddress("Vertrieb", "sales@happy-buttons.de"), To = [new EmailAddress(null, "k@x.de")], Subject = "Auftragsbestätigung", TextBody = "Danke!" };

        var path = await sender.SendAsync(message);

        Assert.Equal(_outbox.FullName, Path.GetDirectoryName(path));
        Assert.EndsWith(".eml", path);
        var parsed = MailParser.Default.Parse(await File.ReadAllBytesAsync(path));
        Assert.Equal("Auftragsbestätigung", parsed.Subject);
        Assert.Equal("Danke!", parsed.TextBody);
        Assert.Empty(Directory.GetFiles(Path.Combine(_outbox.FullName, ".tmp")));
    }

    [Fact]
    public async Task Write_GivesEveryMessageItsOwnFile()
    {
        var sender = new PickupSender(_outbox.FullName);
        var paths = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => sender.WriteAsync(new byte[] { (byte)i })));
        Assert.Equal(20, paths.Distinct().Count());
        Assert.Equal(20, Directory.GetFiles(_outbox.FullName, "*.eml").Length);
    }

    [Fact]
    public async Task Write_CancelledBeforeRename_LeavesNoEmlAndNoTempFile()
    {
        var sender = new PickupSender(_outbox.FullName);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.WriteAsync(new byte[100], cancelled.Token));

        Assert.Empty(Directory.GetFiles(_outbox.FullName, "*.eml"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_outbox.FullName, ".tmp")));
    }

    [Fact]
    public async Task Write_RecreatesTmpFolder_WhenSomeoneDeletedIt()
    {
        var sender = new PickupSender(_outbox.FullName);
        Directory.Delete(Path.Combine(_outbox.FullName, ".tmp"));
        var path = await sender.WriteAsync(new byte[] { 1 });
        Assert.True(File.Exists(path));
    }
}
