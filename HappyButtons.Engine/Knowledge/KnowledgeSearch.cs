using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Knowledge;

/// <summary>
/// Ranked search over the active articles, the same on SQLite and PostgreSQL: the index is built in memory from the
/// stored articles. A knowledge base holds dozens to a few hundred short answers, so the whole index is a few hundred
/// kilobytes and a search over it takes microseconds; FTS would need two provider-specific schemas (FTS5, tsvector) and
/// could not rank German compounds and umlaut plurals the same way on both. Whether the articles changed is asked of the
/// database (their count and version sum: every edit raises one version) at most every <see cref="StampInterval"/>, and
/// the index is rebuilt only when they did; an edit on this node (<see cref="Invalidate"/>) counts at once, one on another
/// node within the interval.
/// </summary>
public sealed class KnowledgeSearch(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider? clock = null)
{
    public static readonly TimeSpan StampInterval = TimeSpan.FromSeconds(2);

    private sealed record Snapshot(long Count, long Versions, KnowledgeIndex Index, DateTimeOffset CheckedAt);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken) =>
        (await IndexAsync(cancellationToken)).Search(query);

    /// <summary>Forget the index: the next search reads the articles again (called after every save on this node).</summary>
    public void Invalidate() => _snapshot = null;

    /// <summary>The index of the active articles as stored now (or, for edits on another node, at most <see cref="StampInterval"/> ago).</summary>
    public async Task<KnowledgeIndex> IndexAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (_snapshot is { } fresh && now - fresh.CheckedAt < StampInterval)
        {
            return fresh.Index;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var all = context.KnowledgeArticles.AsNoTracking();
        // Every edit (deactivating too) raises one version, every new article the count: the stamp changes with each.
        // Read before the articles: an edit in between leaves a newer index under an older stamp, rebuilt next time.
        var count = await all.LongCountAsync(cancellationToken);
        var versions = count == 0 ? 0 : await all.SumAsync(a => (long)a.Version, cancellationToken);
        if (_snapshot is { } current && current.Count == count && current.Versions == versions)
        {
            _snapshot = current with { CheckedAt = now };
            return current.Index;
        }

        var articles = await all.Where(a => a.Active).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var snapshot = new Snapshot(count, versions, KnowledgeIndex.Build(articles), now);
        _snapshot = snapshot;
        return snapshot.Index;
    }
}
