using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Imap;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// Streams each fetched body into a buffer (memory for small mail, a temp file for large) and, once its FETCH response
/// is complete, hands it to the durable ingest, up to <see cref="MaildirPoller.ParallelIngests"/> at a time so their
/// disk flushes overlap. <see cref="CompleteAsync"/> waits for all of them; only UIDs whose ingest committed are listed
/// in <see cref="Committed"/> and may be acknowledged. A body cut off mid-literal is discarded and never ingested.
/// </summary>
internal sealed class ImapIngestSink(MessageIngest ingest, string department, uint uidValidity, string tempDirectory) : IImapMessageSink
{
    private const long InMemoryLimit = 1024 * 1024;

    private readonly SemaphoreSlim _slots = new(MaildirPoller.ParallelIngests, MaildirPoller.ParallelIngests);
    private readonly List<Task> _running = [];
    private readonly Lock _gate = new();
    private int _stored;

    public List<uint> Committed { get; } = [];

    public int Stored => Volatile.Read(ref _stored);

    public Stream OpenBody(int sequenceNumber, long length) =>
        length <= InMemoryLimit
            ? new MemoryStream((int)length)
            : new FileStream(Path.Combine(tempDirectory, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public async ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        _running.Add(Task.Run(async () =>
        {
            try
            {
                await using (body)
                {
                    body.Position = 0;
                    var result = await ingest.IngestAsync(
                        new IngestRequest(department, SourceId(uidValidity, message.Uid), message.InternalDate), body, cancellationToken);
                    if (result.Outcome == IngestOutcome.Stored)
                    {
                        Interlocked.Increment(ref _stored);
                    }
                }

                lock (_gate)
                {
                    Committed.Add(message.Uid);
                }
            }
            finally
            {
                _slots.Release();
            }
        }, CancellationToken.None));
    }

    public void Discard(Stream body) => body.Dispose();

    /// <summary>Waits for every ingest started so far; throws when one failed (the batch is then not acknowledged).</summary>
    public Task CompleteAsync() => Task.WhenAll(_running);

    public static string SourceId(uint uidValidity, uint uid) => $"imap:{uidValidity}:{uid}";
}
