namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// A Maildir (https://cr.yp.to/proto/maildir.html): deliveries are written to tmp/ and renamed into new/;
/// a reader lists new/ and, once the message is stored durably elsewhere, moves it to cur/ with the Seen flag.
/// Every step tolerates files vanishing underneath it, since another reader may act at the same time.
/// </summary>
public sealed class MaildirMailbox
{
    private const string InfoSeparator = ":2,";
    private static long _deliveryCounter;
    private readonly TimeProvider _time;

    public MaildirMailbox(string root, TimeProvider? timeProvider = null)
    {
        Root = Path.GetFullPath(root);
        _time = timeProvider ?? TimeProvider.System;
        EnsureCreated();
    }

    public string Root { get; }
    private string Tmp => Path.Combine(Root, "tmp");
    private string New => Path.Combine(Root, "new");
    private string Cur => Path.Combine(Root, "cur");

    public void EnsureCreated()
    {
        Directory.CreateDirectory(Tmp);
        Directory.CreateDirectory(New);
        Directory.CreateDirectory(Cur);
    }

    /// <summary>
    /// Messages in new/, oldest delivery first. Files that vanish while listing are skipped; entries that are not regular
    /// files (a symbolic link, a pipe) are listed with <see cref="MaildirEntry.IsRegularFile"/> false.
    /// </summary>
    public IReadOnlyList<MaildirEntry> ListNew()
    {
        var entries = new List<MaildirEntry>();
        foreach (var path in Directory.EnumerateFiles(New))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            var info = new FileInfo(path);
            try
            {
                entries.Add(new MaildirEntry(SourceIdOf(name), path, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero),
                    Storage.UnixFileSystem.IsRegularFile(path)));
            }
            catch (FileNotFoundException)
            {
                // Taken by another reader between listing and stat: it is no longer new.
            }
        }
        return entries.OrderBy(e => e.DeliveredAt).ThenBy(e => e.SourceId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Opens the message in new/ or cur/, or returns null when it no longer exists or is not a regular file.</summary>
    public Stream? OpenRead(string sourceId)
    {
        foreach (var path in Candidates(sourceId))
        {
            if (!Storage.UnixFileSystem.IsRegularFile(path))
            {
                continue; // gone, or a link or pipe that is never read as a message
            }

            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
            }
            catch (FileNotFoundException) { }
            catch (DirectoryNotFoundException) { }
        }
        return null;
    }

    /// <summary>
    /// Moves new/ID to cur/ID:2,S, or adds S to the flags of a message already in cur/. Returns false when
    /// the message is in neither place. Repeating the call is harmless.
    /// </summary>
    public Task<bool> MarkSeenAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ValidateSourceId(sourceId);
        // The usual case, a delivery in new/ without an info suffix, without listing the directory.
        if (TryMove(Path.Combine(New, sourceId), Path.Combine(Cur, sourceId + InfoSeparator + "S")))
        {
            return Task.FromResult(true);
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var inNew = Directory.EnumerateFiles(New, sourceId + "*").FirstOrDefault(p => SourceIdOf(Path.GetFileName(p)) == sourceId);
            if (inNew is not null && TryMove(inNew, Path.Combine(Cur, WithSeenFlag(Path.GetFileName(inNew))))) return Task.FromResult(true);
            var inCur = FindIn(Cur, sourceId);
            if (inCur is null) continue;
            var seenName = WithSeenFlag(Path.GetFileName(inCur));
            if (seenName == Path.GetFileName(inCur) || TryMove(inCur, Path.Combine(Cur, seenName))) return Task.FromResult(true);
        }
        return Task.FromResult(false);
    }

    /// <summary>Delivers a message: write to tmp/, flush to disk, rename into new/. Returns the source id.</summary>
    public async Task<string> DeliverAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        var name = UniqueName();
        var tmpPath = Path.Combine(Tmp, name);
        await using (var file = new FileStream(tmpPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await file.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }
        File.Move(tmpPath, Path.Combine(New, name));
        return name;
    }

    /// <summary>"time.pid_counter.host" as the Maildir spec suggests; '/' and ':' in the host name are escaped.</summary>
    private string UniqueName()
    {
        var seconds = _time.GetUtcNow().ToUnixTimeSeconds();
        var counter = Interlocked.Increment(ref _deliveryCounter);
        var host = Environment.MachineName.Replace("/", "\\057", StringComparison.Ordinal).Replace(":", "\\072", StringComparison.Ordinal);
        var random = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
        return $"{seconds}.{Environment.ProcessId}_{counter}R{random}.{host}";
    }

    public static string SourceIdOf(string fileName)
    {
        var info = fileName.IndexOf(InfoSeparator, StringComparison.Ordinal);
        return info < 0 ? fileName : fileName[..info];
    }

    private static string WithSeenFlag(string fileName)
    {
        var info = fileName.IndexOf(InfoSeparator, StringComparison.Ordinal);
        var flags = info < 0 ? string.Empty : fileName[(info + InfoSeparator.Length)..];
        if (flags.Contains('S')) return fileName;
        var sorted = new string((flags + "S").Distinct().Order().ToArray());
        return SourceIdOf(fileName) + InfoSeparator + sorted;
    }

    private IEnumerable<string> Candidates(string sourceId)
    {
        ValidateSourceId(sourceId);
        var inNew = Path.Combine(New, sourceId);
        yield return inNew;
        if (FindIn(New, sourceId) is { } newWithInfo) yield return newWithInfo;
        if (FindIn(Cur, sourceId) is { } inCur) yield return inCur;
    }

    private static string? FindIn(string directory, string sourceId) =>
        Directory.EnumerateFiles(directory, sourceId + "*").FirstOrDefault(p => SourceIdOf(Path.GetFileName(p)) == sourceId);

    private static bool TryMove(string from, string to)
    {
        try
        {
            File.Move(from, to, overwrite: false);
            return true;
        }
        catch (FileNotFoundException) { return false; }
        catch (DirectoryNotFoundException) { return false; }
        catch (IOException) when (File.Exists(to))
        {
            // Another reader finished the same move first; the message is where it should be.
            return true;
        }
    }

    /// <summary>Source ids come from our own listing; anything with a path in it is refused.</summary>
    private static void ValidateSourceId(string sourceId)
    {
        if (string.IsNullOrEmpty(sourceId) || sourceId.IndexOfAny(['/', '\\', '*', '?']) >= 0 || sourceId is "." or "..")
            throw new ArgumentException($"Not a Maildir source id: '{sourceId}'.", nameof(sourceId));
    }

    public override string ToString() => $"Maildir {Root}";
}
