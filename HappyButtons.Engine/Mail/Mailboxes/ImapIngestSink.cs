using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Imap;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// Streams each fetched body into a buffer (memory for small mail, a temp file for large) and hands it to the
/// durable ingest once the FETCH response is complete. Collects the UIDs whose ingest committed, so only those
/// are acknowledged. A body cut off mid-literal is discarded and never ingested.
/// </summary>
internal sealed class ImapIngestSink(MessageIngest ingest, string department, uint uidValidity, string tempDirectory) : IImapMessageSink
{
    private const long InMemoryLimit = 1024 * 1024;

    public List<uint> Committed { get; } = [];

    public int Stored { get; private set; }

    public Stream OpenBody(int sequenceNumber, long length) =>
        length <= InMemoryLimit
            ? new MemoryStream((int)length)
            : new FileStream(Path.Combine(tempDirectory, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public async ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken)
    {
        await using (body)
        {
            body.Position = 0;
            var result = await ingest.IngestAsync(
                new IngestRequest(department, SourceId(uidValidity, message.Uid), message.InternalDate), body, cancellationToken);
            if (result.Outcome == IngestOutcome.Stored)
            {
                Stored++;
            }
        }

        Committed.Add(message.Uid);
    }

    public void Discard(Stream body) => body.Dispose();

    public static string SourceId(uint uidValidity, uint uid) => $"imap:{uidValidity}:{uid}";
}
