using System.Text.RegularExpressions;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Knowledge;

/// <summary>The outcome of saving an article: the article as stored, or the validation errors, or who saved it meanwhile.</summary>
public sealed record KnowledgeSaveResult(KnowledgeArticle? Saved, IReadOnlyList<string> Errors, KnowledgeConflict? Conflict)
{
    public bool Succeeded => Saved is not null;
}

/// <summary>An edit refused because the article changed after it was loaded (or its topic and language are taken).</summary>
public sealed record KnowledgeConflict(string? ChangedBy, bool Taken = false)
{
    public string Message(string language) => (Taken, language == "en") switch
    {
        (true, false) => "Zu diesem Thema gibt es bereits einen Beitrag in dieser Sprache.",
        (true, true) => "There already is an article on this topic in this language.",
        (false, false) => $"Dieser Beitrag wurde inzwischen von {ChangedBy ?? "jemand anderem"} geändert; bitte neu laden.",
        (false, true) => $"This article was changed by {ChangedBy ?? "someone else"} in the meantime; please reload.",
    };
}

/// <summary>Who gives feedback: a stable key (<c>user:12</c>, <c>api:3</c>) that makes it once per person, and the name shown.</summary>
public sealed record KnowledgeRater(string Key, string Name)
{
    public static string UserKey(long userId) => "user:" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ApiKey(string apiClientId) => "api:" + apiClientId;
}

public enum FeedbackOutcome { Counted, Changed, Unchanged, NotFound }

/// <summary>An article in the administration's list, with the search's score when the list was searched.</summary>
public sealed record KnowledgeListItem(KnowledgeArticle Article, double? Score);

/// <summary>
/// The stored knowledge base: list and search for the administration, edits saved against the version they started from
/// (audited), the seed of a new installation, and the clerks' helpful / not helpful feedback, counted once per person.
/// </summary>
public sealed partial class KnowledgeBase(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, AuditLog audit, TimeProvider clock,
    KnowledgeSearch? search = null)
{
    public const int MaxTitle = 200;
    public const int MaxBody = 20_000;
    public const int MaxKeywords = 2_000;

    /// <summary>The audit target of one article, e.g. <c>knowledge:7</c>.</summary>
    public static string Target(long id) => "knowledge:" + id;

    /// <summary>
    /// Every article (inactive too), by topic and language; with <paramref name="search"/> the matching ones ranked by the
    /// same search the agent uses. <paramref name="language"/> de | en narrows to one language.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeListItem>> ListAsync(string? search, string? language, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = context.KnowledgeArticles.AsNoTracking();
        if (language is "de" or "en")
        {
            articles = articles.Where(a => a.Language == language);
        }

        var all = await articles.OrderBy(a => a.Topic).ThenBy(a => a.Language).ToListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(search))
        {
            return all.Select(a => new KnowledgeListItem(a, null)).ToList();
        }

        return KnowledgeIndex.Build(all).Search(new KnowledgeQuery(search, Limit: all.Count))
            .Select(h => new KnowledgeListItem(h.Article, h.Score)).ToList();
    }

    public async Task<KnowledgeArticle?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.KnowledgeArticles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    public static IReadOnlyList<string> Validate(KnowledgeArticleDraft draft)
    {
        var errors = new List<string>();
        if (!TopicPattern().IsMatch(draft.Topic?.Trim() ?? ""))
        {
            errors.Add("The topic is a short key of lower-case letters, digits and hyphens, e.g. washing-temperatures.");
        }

        if (draft.Language is not ("de" or "en"))
        {
            errors.Add("The language is de or en.");
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add("The title is missing.");
        }
        else if (draft.Title.Trim().Length > MaxTitle)
        {
            errors.Add($"The title is longer than {MaxTitle} characters.");
        }

        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            errors.Add("The text is missing.");
        }
        else if (draft.Body.Length > MaxBody)
        {
            errors.Add($"The text is longer than {MaxBody} characters.");
        }

        if ((draft.Keywords?.Length ?? 0) > MaxKeywords || (draft.Products?.Length ?? 0) > MaxKeywords)
        {
            errors.Add($"Keywords and products are at most {MaxKeywords} characters each.");
        }

        var unknown = List(draft.Intents).Where(i => !TaxonomyNames.TryParseIntent(i, out _)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("Unknown intents: " + string.Join(", ", unknown) + ".");
        }

        return errors;
    }

    /// <summary>
    /// Saves an edit of article <paramref name="id"/>, or a new article with <paramref name="id"/> null and
    /// <paramref name="basedOnVersion"/> 0. Refused with a <see cref="KnowledgeConflict"/> when the stored article is no longer
    /// the version the edit started from. Feedback counters are never changed here.
    /// </summary>
    public async Task<KnowledgeSaveResult> SaveAsync(long? id, KnowledgeArticleDraft draft, int basedOnVersion, string actor, CancellationToken cancellationToken)
    {
        var errors = Validate(draft);
        if (errors.Count > 0)
        {
            return new KnowledgeSaveResult(null, errors, null);
        }

        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            KnowledgeArticle row;
            var now = clock.GetUtcNow();
            if (id is { } existing)
            {
                var found = await context.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == existing, cancellationToken);
                if (found is null || found.Version != basedOnVersion)
                {
                    return new KnowledgeSaveResult(null, [], new KnowledgeConflict(found?.UpdatedBy));
                }

                row = found;
            }
            else
            {
                row = new KnowledgeArticle { Topic = "", Language = "", Title = "", Body = "", UpdatedBy = actor, CreatedAt = now };
                context.KnowledgeArticles.Add(row);
            }

            var wasActive = row.Active;
            Apply(row, draft);
            row.UpdatedAt = now;
            row.UpdatedBy = actor;
            // Saved with "WHERE version = <the version read>": a save that overtook this one since the read makes it fail.
            row.Version = basedOnVersion + 1;
            await context.SaveChangesAsync(cancellationToken);
            var action = id is null ? "knowledge.create" : wasActive && !row.Active ? "knowledge.deactivate" : !wasActive && row.Active ? "knowledge.activate" : "knowledge.update";
            audit.Add(context, actor, action, Target(row.Id), $"{row.Topic} ({row.Language}): {row.Title}; active {row.Active}");
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            search?.Invalidate();
            return new KnowledgeSaveResult(row, [], null);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException)
        {
            return new KnowledgeSaveResult(null, [], new KnowledgeConflict((await GetAsync(id ?? 0, cancellationToken))?.UpdatedBy));
        }
        catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
        {
            return new KnowledgeSaveResult(null, [], new KnowledgeConflict(null, Taken: true));
        }
    }

    /// <summary>Seeds the articles into an empty knowledge base (a new installation); does nothing otherwise.</summary>
    public async Task SeedAsync(IReadOnlyList<KnowledgeArticleDraft> drafts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await context.KnowledgeArticles.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var draft in drafts)
        {
            var row = new KnowledgeArticle { Topic = "", Language = "", Title = "", Body = "", UpdatedBy = "installation", CreatedAt = now, UpdatedAt = now, Version = 1 };
            Apply(row, draft);
            context.KnowledgeArticles.Add(row);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            search?.Invalidate();
        }
        catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
        {
            // Another node seeded at the same moment.
        }
    }

    /// <summary>
    /// Records that <paramref name="rater"/> found the article helpful or not, for a task or message. Once per person and
    /// article: the same rating again changes nothing, the other rating moves their vote.
    /// </summary>
    public async Task<FeedbackOutcome> RateAsync(long articleId, KnowledgeRater rater, bool helpful, long? taskId, long? messageId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRateAsync(articleId, rater, helpful, taskId, messageId, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < 3 && dialect.IsUniqueViolation(e))
            {
                // The same person rated at the same moment from a second window: read their vote again.
            }
        }
    }

    /// <summary>How the person rated the article: helpful (true), not helpful (false), or not yet (null).</summary>
    public async Task<bool?> VoteAsync(long articleId, string raterKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.KnowledgeFeedback.AsNoTracking().Where(f => f.ArticleId == articleId && f.RaterKey == raterKey)
            .Select(f => (bool?)f.Helpful).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<FeedbackOutcome> TryRateAsync(long articleId, KnowledgeRater rater, bool helpful, long? taskId, long? messageId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (!await context.KnowledgeArticles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return FeedbackOutcome.NotFound;
        }

        if (taskId is { } task && !await context.AgentTasks.AnyAsync(t => t.Id == task, cancellationToken))
        {
            taskId = null;
        }

        var vote = await context.KnowledgeFeedback.SingleOrDefaultAsync(f => f.ArticleId == articleId && f.RaterKey == rater.Key, cancellationToken);
        if (vote is not null && vote.Helpful == helpful)
        {
            return FeedbackOutcome.Unchanged;
        }

        var outcome = vote is null ? FeedbackOutcome.Counted : FeedbackOutcome.Changed;
        if (vote is null)
        {
            vote = new KnowledgeFeedback { ArticleId = articleId, RaterKey = rater.Key, RaterName = rater.Name };
            context.KnowledgeFeedback.Add(vote);
        }

        vote.Helpful = helpful;
        vote.TaskId = taskId ?? vote.TaskId;
        vote.MessageId = messageId ?? vote.MessageId;
        vote.At = clock.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        // Counted in SQL, not through the entity: feedback must not raise the version an administrator's edit is based on.
        var helpfulDelta = helpful ? 1 : outcome == FeedbackOutcome.Changed ? -1 : 0;
        var notHelpfulDelta = !helpful ? 1 : outcome == FeedbackOutcome.Changed ? -1 : 0;
        await context.KnowledgeArticles.Where(a => a.Id == articleId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.HelpfulCount, a => a.HelpfulCount + helpfulDelta)
            .SetProperty(a => a.NotHelpfulCount, a => a.NotHelpfulCount + notHelpfulDelta), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static void Apply(KnowledgeArticle row, KnowledgeArticleDraft draft)
    {
        row.Topic = draft.Topic.Trim();
        row.Language = draft.Language;
        row.Title = draft.Title.Trim();
        row.Body = draft.Body.Replace("\r\n", "\n").Trim();
        row.Keywords = string.Join(", ", List(draft.Keywords));
        row.Intents = string.Join(",", List(draft.Intents));
        row.Products = string.Join(", ", List(draft.Products));
        row.Active = draft.Active;
    }

    private static List<string> List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TopicPattern();
}
