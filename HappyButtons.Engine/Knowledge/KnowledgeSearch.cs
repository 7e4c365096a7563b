using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Knowledge;

/// <summary>
/// Ranked search over the active articles, the same on SQLite and PostgreSQL: the index is built in memory from the
/// stored articles. A knowledge base holds dozens to a few hundred short answers, so the whole index is a few hundred
/// kilobytes and a search over it takes well under a millisecond; FTS would need two provider-specific schemas (FTS5,
/// tsvector) and could not rank German compounds and umlaut plurals the same way on both. Each search asks the database
/// for the articles' count and version sum (two aggregates over a small table) and rebuilds the index only when they changed, so an
/// edit on another node is seen by the next search.
/// </summary>
public sealed class KnowledgeSearch(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    private sealed record Snapshot(long Count, long Versions, KnowledgeIndex Index);

    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken) =>
        (await IndexAsync(cancellationToken)).Search(query);

    /// <summary>The index of the active articles as stored now.</summary>
    public async Task<KnowledgeIndex> IndexAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var all = context.KnowledgeArticles.AsNoTracking();
        // Every edit (deactivating too) raises one version, every new article the count: the stamp changes with each.
        // Read before the articles: an edit in between leaves a newer index under an older stamp, rebuilt next time.
        var count = await all.LongCountAsync(cancellationToken);
        var versions = count == 0 ? 0 : await all.SumAsync(a => (long)a.Version, cancellationToken);
        if (_snapshot is { } current && current.Count == count && current.Versions == versions)
        {
            return current.Index;
        }

        var articles = await all.Where(a => a.Active).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var snapshot = new Snapshot(count, versions, KnowledgeIndex.Build(articles));
        _snapshot = snapshot;
        return snapshot.Index;
    }
}
