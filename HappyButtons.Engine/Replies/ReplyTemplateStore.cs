using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Replies;

/// <summary>A stored template as it is used now: its newest version.</summary>
public sealed record StoredReplyTemplate(long Id, string Key, string Intent, Language Language, string Title, string Body, int Version,
    DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public ReplyTemplateDefinition Definition => new(Key, Intent, Language, Title, Body);
}

/// <summary>One version of a template, for the history.</summary>
public sealed record ReplyTemplateVersionInfo(int Number, string Title, string Body, DateTimeOffset CreatedAt, string CreatedBy, int? RestoredFrom);

public enum TemplateSaveRefusal { Invalid, NotFound, Conflict, UnknownIntent, MissingTitle }

/// <summary>A save or restore: the new version, or why not (for <see cref="TemplateSaveRefusal.Invalid"/> the check names the errors).</summary>
public sealed record TemplateSaveResult(TemplateSaveRefusal? Refusal, int? Version = null, ReplyTemplateCheck? Check = null, long? TemplateId = null)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>
/// Changes the reply templates in the database, per key and language, with versions: every save adds one, the newest is
/// used, a restore copies an older one as the newest. Saves are validated (<see cref="ReplyRenderer.Validate"/>) and
/// audited. A new installation starts with <see cref="DefaultReplyTemplates"/>. Reading is <see cref="ReplyTemplateQueries"/>.
/// </summary>
public sealed class ReplyTemplateStore(IDbContextFactory<HappyButtonsDbContext> contexts, AuditLog audit, TimeProvider clock, ReplyTemplateCache cache)
{
    public const string SystemActor = "system";

    /// <summary>
    /// Saves a new version of the template <paramref name="key"/>/<paramref name="language"/> (creating it when new).
    /// <paramref name="basedOn"/> is the version the editor started from: a colleague's save in between is a conflict.
    /// </summary>
    public async Task<TemplateSaveResult> SaveAsync(string key, Language language, string intent, string title, string body, int? basedOn, string actor,
        CancellationToken cancellationToken)
    {
        if (!TaxonomyNames.TryParseIntent(intent, out _))
        {
            return new TemplateSaveResult(TemplateSaveRefusal.UnknownIntent);
        }

        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(key))
        {
            return new TemplateSaveResult(TemplateSaveRefusal.MissingTitle);
        }

        var check = ReplyRenderer.Validate(body);
        if (!check.IsValid)
        {
            return new TemplateSaveResult(TemplateSaveRefusal.Invalid, Check: check);
        }

        key = key.Trim().ToLowerInvariant();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var code = Code(language);
        var template = await context.ReplyTemplates.SingleOrDefaultAsync(t => t.Key == key && t.Language == code, cancellationToken);
        var now = clock.GetUtcNow();
        if (template is null)
        {
            template = new ReplyTemplateEntry { Key = key, Language = code, Intent = intent.Trim().ToLowerInvariant(), UpdatedAt = now };
            context.ReplyTemplates.Add(template);
        }

        var current = template.Id == 0 ? 0 : await context.ReplyTemplateVersions.Where(v => v.TemplateId == template.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (basedOn is { } seen && seen != current)
        {
            return new TemplateSaveResult(TemplateSaveRefusal.Conflict, current);
        }

        template.Intent = intent.Trim().ToLowerInvariant();
        template.UpdatedAt = now;
        template.Versions.Add(new ReplyTemplateVersion { Number = current + 1, Title = title.Trim(), Body = body, CreatedAt = now, CreatedBy = actor });
        audit.Add(context, actor, "reply.template.save", $"reply-template:{key}/{code}", $"version {current + 1}; intent {template.Intent}; title '{title.Trim()}'");
        return await SaveChangesAsync(context, template, current + 1, cancellationToken);
    }

    /// <summary>Makes an older version the current one again, as a new version (the history keeps everything).</summary>
    public async Task<TemplateSaveResult> RestoreAsync(long id, int number, string actor, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await context.ReplyTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        var old = await context.ReplyTemplateVersions.AsNoTracking().SingleOrDefaultAsync(v => v.TemplateId == id && v.Number == number, cancellationToken);
        if (template is null || old is null)
        {
            return new TemplateSaveResult(TemplateSaveRefusal.NotFound);
        }

        var current = await context.ReplyTemplateVersions.Where(v => v.TemplateId == id).MaxAsync(v => v.Number, cancellationToken);
        var now = clock.GetUtcNow();
        template.UpdatedAt = now;
        template.Versions.Add(new ReplyTemplateVersion { Number = current + 1, Title = old.Title, Body = old.Body, CreatedAt = now, CreatedBy = actor, RestoredFrom = number });
        audit.Add(context, actor, "reply.template.restore", $"reply-template:{template.Key}/{template.Language}", $"version {number} restored as version {current + 1}");
        return await SaveChangesAsync(context, template, current + 1, cancellationToken);
    }

    /// <summary>A new installation's templates: only when there are none yet (an admin's deletions and edits stay).</summary>
    public async Task SeedAsync(IEnumerable<ReplyTemplateDefinition> defaults, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.ReplyTemplates.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var d in defaults)
        {
            context.ReplyTemplates.Add(new ReplyTemplateEntry
            {
                Key = d.Key, Language = Code(d.Language), Intent = d.Intent, UpdatedAt = now,
                Versions = [new ReplyTemplateVersion { Number = 1, Title = d.Title, Body = d.Body, CreatedAt = now, CreatedBy = SystemActor }],
            });
        }

        await context.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
    }

    private async Task<TemplateSaveResult> SaveChangesAsync(HappyButtonsDbContext context, ReplyTemplateEntry template, int version, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            cache.Invalidate();
            return new TemplateSaveResult(null, version, TemplateId: template.Id);
        }
        catch (DbUpdateException)
        {
            // The unique (template, number) index: a colleague saved the same template at the same moment.
            return new TemplateSaveResult(TemplateSaveRefusal.Conflict);
        }
    }

    public static string Code(Language language) => language == Language.En ? "en" : "de";

    internal static Language Parse(string code) => code == "en" ? Language.En : Language.De;
}
