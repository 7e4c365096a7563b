using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using static HappyButtons.Engine.Replies.ReplyTemplateStore;

namespace HappyButtons.Engine.Replies;

/// <summary>Reads the stored reply templates: the current version of each, and a template's history.</summary>
public sealed class ReplyTemplateQueries(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public async Task<IReadOnlyList<StoredReplyTemplate>> ListAsync(Language? language, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = context.ReplyTemplates.AsNoTracking();
        if (language is { } l)
        {
            var code = Code(l);
            templates = templates.Where(t => t.Language == code);
        }

        var rows = await templates
            .Select(t => new { t.Id, t.Key, t.Intent, t.Language, t.UpdatedAt, Current = t.Versions.OrderByDescending(v => v.Number).First() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StoredReplyTemplate(r.Id, r.Key, r.Intent, Parse(r.Language), r.Current.Title, r.Current.Body, r.Current.Number,
                r.UpdatedAt, r.Current.CreatedBy))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ThenBy(t => t.Language).ToList();
    }

    public async Task<StoredReplyTemplate?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await CurrentAsync(context.ReplyTemplates.AsNoTracking().Where(t => t.Id == id), cancellationToken);
    }

    public async Task<IReadOnlyList<ReplyTemplateVersionInfo>> VersionsAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.ReplyTemplateVersions.AsNoTracking().Where(v => v.TemplateId == id).OrderByDescending(v => v.Number)
            .Select(v => new ReplyTemplateVersionInfo(v.Number, v.Title, v.Body, v.CreatedAt, v.CreatedBy, v.RestoredFrom))
            .ToListAsync(cancellationToken);
    }

    private static async Task<StoredReplyTemplate?> CurrentAsync(IQueryable<Storage.Model.ReplyTemplateEntry> templates, CancellationToken cancellationToken)
    {
        var row = await templates
            .Select(t => new { t.Id, t.Key, t.Intent, t.Language, t.UpdatedAt, Current = t.Versions.OrderByDescending(v => v.Number).First() })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null
            : new StoredReplyTemplate(row.Id, row.Key, row.Intent, Parse(row.Language), row.Current.Title, row.Current.Body, row.Current.Number, row.UpdatedAt,
                row.Current.CreatedBy);
    }

}
