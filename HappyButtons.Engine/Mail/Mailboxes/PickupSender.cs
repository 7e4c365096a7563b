using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// Sends by writing .eml files into a pickup folder (the outbox when no SMTP server is configured).
/// Each file appears atomically: written to &lt;outbox&gt;/.tmp, flushed to disk, then renamed into place,
/// so a process picking up *.eml never sees a half-written message.
/// </summary>
public sealed class PickupSender
{
    private readonly TimeProvider _time;

    public PickupSender(string outboxDirectory, TimeProvider? timeProvider = null)
    {
        OutboxDirectory = Path.GetFullPath(outboxDirectory);
        _time = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(TmpDirectory);
    }

    public string OutboxDirectory { get; }
    private string TmpDirectory => Path.Combine(OutboxDirectory, ".tmp");

    /// <summary>Composes the message and writes it; returns the path of the .eml file.</summary>
    public Task<string> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default) =>
        WriteAsync(MailComposer.ToBytes(message, _time), cancellationToken);

    /// <summary>Writes an already composed message; returns the path of the .eml file.</summary>
    public async Task<string> WriteAsync(ReadOnlyMemory<byte> rawMessage, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(TmpDirectory);
        var name = $"{_time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}";
        var tmpPath = Path.Combine(TmpDirectory, name);
        try
        {
            await using (var file = new FileStream(tmpPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await file.WriteAsync(rawMessage, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            var finalPath = Path.Combine(OutboxDirectory, name + ".eml");
            File.Move(tmpPath, finalPath, overwrite: false);
            return finalPath;
        }
        catch
        {
            // A half-written temp file must not linger to be mistaken for mail later.
            TryDelete(tmpPath);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
