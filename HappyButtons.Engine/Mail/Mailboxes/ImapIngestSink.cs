using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// Copies each fetched body (MailKit hands it over complete, after the whole literal arrived) into a buffer (memory
/// for small mail, a temp file for large) and hands the bodies
/// to the durable ingest in groups (<see cref="MessageIngest.GroupSize"/> mails or <see cref="MessageIngest.GroupBytes"/>,
/// whichever comes first), so they share the disk flushes and the transaction. Up to two groups are ingested while the
/// next is fetched (their file writes and flushes overlap; their transactions take turns at the write gate).
/// <see cref="CompleteAsync"/> ingests what is left and waits; only UIDs whose ingest committed are listed in
/// <see cref="Committed"/> and may be acknowledged. A body cut off mid-literal never reaches the sink (MailKit throws first).
/// </summary>
internal sealed class ImapIngestSink(MessageIngest ingest, string department, uint uidValidity, string tempDirectory, CancellationToken cancellationToken)
{
    private const long InMemoryLimit = 1024 * 1024;

    private readonly List<(uint Uid, DateTimeOffset? InternalDate, Stream Body)> _pending = [];
    private long _pendingBytes;
    private const int GroupsInFlight = 2;

    private readonly Queue<Task> _inFlight = new();
    private readonly Lock _gate = new();
    private readonly List<uint> _committed = [];
    private int _stored;

    public IReadOnlyList<uint> Committed
    {
        get
        {
            lock (_gate)
            {
                return [.. _committed];
            }
        }
    }

    public int Stored => Volatile.Read(ref _stored);

    /// <summary>Takes one complete body; MailKit disposes <paramref name="fetched"/> when this returns, so it is copied.</summary>
    public async Task AddAsync(uint uid, DateTimeOffset? internalDate, Stream fetched, CancellationToken token)
    {
        var length = fetched.CanSeek ? fetched.Length - fetched.Position : 0;
        Stream body = length <= InMemoryLimit
            ? new MemoryStream((int)length)
            : new FileStream(Path.Combine(tempDirectory, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await fetched.CopyToAsync(body, token);
            body.Position = 0;
        }
        catch
        {
            await body.DisposeAsync();
            throw;
        }

        _pending.Add((uid, internalDate, body));
        _pendingBytes += body.Length;
        if (_pending.Count >= MessageIngest.GroupSize || _pendingBytes >= MessageIngest.GroupBytes)
        {
            await StartGroupAsync();
        }
    }

    /// <summary>Ingests the bodies still waiting and waits for every group; throws when one failed (nothing of it is then acknowledged).</summary>
    public async Task CompleteAsync()
    {
        try
        {
            await StartGroupAsync();
            // Every group finishes (or fails) before anything is acknowledged; the first failure goes up.
            await Task.WhenAll(_inFlight);
            _inFlight.Clear();
        }
        finally
        {
            // Left over only when an earlier group failed: those bodies are fetched again next time.
            foreach (var (_, _, body) in _pending)
            {
                await body.DisposeAsync();
            }

            _pending.Clear();
        }
    }

    /// <summary>Waits while two groups are in flight, then starts ingesting the pending bodies in the background.</summary>
    private async Task StartGroupAsync()
    {
        while (_inFlight.Count >= GroupsInFlight)
        {
            await _inFlight.Dequeue();
        }

        if (_pending.Count == 0)
        {
            return;
        }

        var group = _pending.ToList();
        _pending.Clear();
        _pendingBytes = 0;
        _inFlight.Enqueue(Task.Run(() => IngestGroupAsync(group), CancellationToken.None));
    }

    private async Task IngestGroupAsync(List<(uint Uid, DateTimeOffset? InternalDate, Stream Body)> group)
    {
        try
        {
            var results = await ingest.IngestManyAsync(
                group.Select(m => new IngestItem(new IngestRequest(department, SourceId(uidValidity, m.Uid), m.InternalDate), m.Body)).ToList(),
                cancellationToken);
            Interlocked.Add(ref _stored, results.Count(r => r.Outcome == IngestOutcome.Stored));
            lock (_gate)
            {
                _committed.AddRange(group.Select(m => m.Uid));
            }
        }
        finally
        {
            foreach (var (_, _, body) in group)
            {
                await body.DisposeAsync();
            }
        }
    }

    public static string SourceId(uint uidValidity, uint uid) => $"imap:{uidValidity}:{uid}";
}
