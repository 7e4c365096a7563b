using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Replies;

/// <summary>
/// The current version of every stored reply template, read once and kept until <see cref="ReplyTemplateStore"/> saves, restores or
/// seeds (it calls <see cref="Invalidate"/> after its commit). The agents draft hundreds of replies a minute from it without a
/// query each, and an administrator's edit reaches the next proposal at once.
/// </summary>
public sealed class ReplyTemplateCache(ReplyTemplateQueries queries)
{
    private Snapshot? current;
    private int generation;

    /// <summary>The template of <paramref name="key"/> in <paramref name="language"/>, else its German one; null when the key is unknown.</summary>
    public async Task<StoredReplyTemplate?> FindAsync(string key, Language language, CancellationToken cancellationToken)
    {
        var templates = await LoadAsync(cancellationToken);
        return templates.GetValueOrDefault((key, language)) ?? templates.GetValueOrDefault((key, Language.De));
    }

    /// <summary>
    /// Forgets what was read. A load that began before the caller's commit carries the old generation and is read again by the
    /// next reader.
    /// </summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref current, null);
    }

    private Task<IReadOnlyDictionary<(string Key, Language Language), StoredReplyTemplate>> LoadAsync(CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref current);
        var now = Volatile.Read(ref generation);
        if (seen is not null && seen.Generation == now && !seen.Templates.IsFaulted && !seen.Templates.IsCanceled)
        {
            return seen.Templates.WaitAsync(cancellationToken);
        }

        // Not the caller's token: the load is shared, and one reader's cancellation must not fail the others.
        var fresh = new Snapshot(now, ReadAsync());
        Interlocked.CompareExchange(ref current, fresh, seen);
        return fresh.Templates.WaitAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<(string Key, Language Language), StoredReplyTemplate>> ReadAsync()
    {
        var templates = await queries.ListAsync(null, CancellationToken.None);
        return templates.ToDictionary(t => (t.Key, t.Language));
    }

    private sealed record Snapshot(int Generation, Task<IReadOnlyDictionary<(string Key, Language Language), StoredReplyTemplate>> Templates);
}
