using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Routing.Persistence;

/// <summary>Result of saving or changing rules: the validator's messages when the change was refused.</summary>
public sealed record RuleChangeResult(IReadOnlyList<RuleValidationError> Errors)
{
    public static RuleChangeResult Ok { get; } = new([]);
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Set when the change was refused because someone else changed the rules first; nothing was written.</summary>
    public EditConflict? Conflict { get; init; }

    public static RuleChangeResult Refused(EditConflict conflict) =>
        new([new RuleValidationError(conflict.Key, "version", conflict.Message("en"))]) { Conflict = conflict };
}

/// <summary>
/// The admin-edited routing rules in the database. Keeps a compiled <see cref="RoutingEvaluator"/> of the
/// current rules and rebuilds it after every change, so processing never reads the table per message.
/// Every change is validated as a whole rule set (order, stop rules) and audited. Each rule has a version that every save
/// raises: a change computed from rules someone else has changed since (another administrator, another node) is refused
/// with an <see cref="EditConflict"/>, never silently overwrites.
/// </summary>
public sealed class RoutingRuleStore(
    IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, SlaSettingsStore sla, AuditLog audit, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;
    // Bumped by every change, so a load that raced with a change never caches what it read before it.
    private int _version;

    private sealed record Snapshot(IReadOnlyList<RoutingRule> Rules, RoutingEvaluator Evaluator);

    public async Task<IReadOnlyList<RoutingRule>> ListAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Rules;

    public async Task<RoutingEvaluator> EvaluatorAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Evaluator;

    public async Task<RoutingRule?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    public async Task<RoutingRuleValidator> ValidatorAsync(CancellationToken cancellationToken) =>
        new((await sla.PoliciesAsync(cancellationToken)).Select(p => p.Name));

    /// <summary>Checks one rule as if it replaced (or joined) the stored set, without saving.</summary>
    public async Task<IReadOnlyList<RuleValidationError>> ValidateAsync(RoutingRule rule, string? replacesId, CancellationToken cancellationToken)
    {
        var rules = (await ListAsync(cancellationToken)).Where(r => !r.Id.Equals(replacesId ?? rule.Id, StringComparison.OrdinalIgnoreCase)).Append(rule).ToList();
        return (await ValidatorAsync(cancellationToken)).Validate(rules).Where(e => e.RuleId.Equals(rule.Id, StringComparison.OrdinalIgnoreCase) || e.Field == "id").ToList();
    }

    /// <summary>
    /// Creates or replaces a rule (<paramref name="replacesId"/> is the id it had before an edit). An edit passes the
    /// <see cref="RoutingRule.Version"/> it was loaded at; when the stored rule has moved on since, the edit is refused.
    /// </summary>
    public async Task<RuleChangeResult> SaveAsync(RoutingRule rule, string? replacesId, string actor, CancellationToken cancellationToken)
    {
        var current = await ListAsync(cancellationToken);
        if (replacesId is not null && rule.Version != 0 && Replaced(current)?.Version != rule.Version)
        {
            // The editor may have read a newer version than this node's copy: compare with the database's rules.
            Invalidate();
            current = await ListAsync(cancellationToken);
            if (Replaced(current) is var replaced && replaced?.Version != rule.Version)
            {
                return RuleChangeResult.Refused(await ConflictAsync(replaced?.Id ?? replacesId, cancellationToken));
            }
        }

        if (replacesId is null && current.Any(r => r.Id.Equals(rule.Id, StringComparison.OrdinalIgnoreCase)))
        {
            return new RuleChangeResult([new RuleValidationError(rule.Id, "id", "is used by another rule")]);
        }

        var basis = Versions(current);
        var next = current.Where(r => !r.Id.Equals(replacesId ?? rule.Id, StringComparison.OrdinalIgnoreCase)).Append(rule).ToList();
        var errors = (await ValidatorAsync(cancellationToken)).Validate(next);
        if (errors.Count > 0)
        {
            return new RuleChangeResult(errors);
        }

        return await ReplaceAllAsync(basis, next, actor,
            new Change(replacesId is null ? "routing.rule.create" : "routing.rule.update", rule.Id, RoutingRuleJson.Serialize(rule)), cancellationToken);

        RoutingRule? Replaced(IReadOnlyList<RoutingRule> rules) => rules.FirstOrDefault(r => r.Id.Equals(replacesId, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<RuleChangeResult> DeleteAsync(string id, string actor, CancellationToken cancellationToken)
    {
        var current = await ListAsync(cancellationToken);
        var next = current.Where(r => !r.Id.Equals(id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (next.Count == current.Count)
        {
            return new RuleChangeResult([new RuleValidationError(id, "id", "no such rule")]);
        }

        return await ReplaceAllAsync(Versions(current), next, actor, new Change("routing.rule.delete", id, null), cancellationToken);
    }

    public async Task<RuleChangeResult> SetEnabledAsync(string id, bool enabled, string actor, CancellationToken cancellationToken)
    {
        var current = await ListAsync(cancellationToken);
        var rule = current.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            return new RuleChangeResult([new RuleValidationError(id, "id", "no such rule")]);
        }

        return await ApplyAsync(current, current.Select(r => r.Id == rule.Id ? r with { Enabled = enabled } : r).ToList(), actor,
            new Change(enabled ? "routing.rule.enable" : "routing.rule.disable", id, null), cancellationToken);
    }

    /// <summary>Swaps a rule with its neighbour (up = earlier) and renumbers all rules in steps of 10.</summary>
    public async Task<RuleChangeResult> MoveAsync(string id, bool up, string actor, CancellationToken cancellationToken)
    {
        var current = await ListAsync(cancellationToken);
        var ordered = current.OrderBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var index = ordered.FindIndex(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.Count)
        {
            return RuleChangeResult.Ok;
        }

        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        var renumbered = ordered.Select((r, i) => r with { Order = (i + 1) * 10 }).ToList();
        return await ApplyAsync(current, renumbered, actor, new Change(up ? "routing.rule.move-up" : "routing.rule.move-down", id, null), cancellationToken);
    }

    /// <summary>Seeds the default rules into an empty table.</summary>
    public async Task SeedAsync(IReadOnlyList<RoutingRule> defaults, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            if (await context.RoutingRules.AnyAsync(cancellationToken))
            {
                return;
            }

            context.RoutingRules.AddRange(defaults.Select(rule => NewEntry(rule, now, "system")));
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
            {
                // Another node seeded at the same moment.
            }
        }

        Invalidate();
    }

    /// <summary>A change to the rule set and its audit entry.</summary>
    private sealed record Change(string Action, string RuleId, string? Details);

    private static Dictionary<string, int> Versions(IEnumerable<RoutingRule> rules) => rules.ToDictionary(r => r.Id, r => r.Version, StringComparer.Ordinal);

    private static RoutingRuleEntry NewEntry(RoutingRule rule, DateTimeOffset now, string actor) => new()
    {
        Id = rule.Id, SortOrder = rule.Order, Enabled = rule.Enabled, Definition = RoutingRuleJson.Serialize(rule), UpdatedAt = now, UpdatedBy = actor,
        Version = 1,
    };

    private void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
    }

    private async Task<RuleChangeResult> ApplyAsync(IReadOnlyList<RoutingRule> current, List<RoutingRule> next, string actor, Change change, CancellationToken cancellationToken)
    {
        var errors = (await ValidatorAsync(cancellationToken)).Validate(next);
        if (errors.Count > 0)
        {
            return new RuleChangeResult(errors);
        }

        return await ReplaceAllAsync(Versions(current), next, actor, change, cancellationToken);
    }

    /// <summary>
    /// Makes the stored rules <paramref name="next"/>, which was computed (and validated) from the rules at the versions in
    /// <paramref name="basis"/>. Refused when any stored rule is no longer as in the basis: the set that was validated is
    /// not the set that would be saved. Only rules that change are written, each with its version raised.
    /// </summary>
    private async Task<RuleChangeResult> ReplaceAllAsync(
        IReadOnlyDictionary<string, int> basis, IReadOnlyList<RoutingRule> next, string actor, Change change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var stored = await context.RoutingRules.ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
            if (stored.Values.FirstOrDefault(row => !basis.TryGetValue(row.Id, out var version) || version != row.Version) is { } moved)
            {
                return RuleChangeResult.Refused(new EditConflict(EditedThing.RoutingRule, moved.Id, moved.UpdatedBy, moved.UpdatedAt));
            }

            if (basis.Keys.FirstOrDefault(id => !stored.ContainsKey(id)) is { } gone)
            {
                return RuleChangeResult.Refused(await ConflictAsync(gone, cancellationToken));
            }

            var keep = next.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            context.RoutingRules.RemoveRange(stored.Values.Where(row => !keep.Contains(row.Id)));
            foreach (var rule in next)
            {
                if (!stored.TryGetValue(rule.Id, out var row))
                {
                    context.RoutingRules.Add(NewEntry(rule, now, actor));
                    continue;
                }

                var definition = RoutingRuleJson.Serialize(rule);
                if (row.SortOrder == rule.Order && row.Enabled == rule.Enabled && row.Definition == definition)
                {
                    continue;
                }

                // Saved with "WHERE version = <the version read>": a change that overtook this one since the read makes it fail.
                (row.SortOrder, row.Enabled, row.Definition, row.UpdatedAt, row.UpdatedBy) = (rule.Order, rule.Enabled, definition, now, actor);
                row.Version++;
            }

            audit.Add(context, actor, change.Action, "routing-rule:" + change.RuleId, change.Details);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return RuleChangeResult.Ok;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e))
        {
            return RuleChangeResult.Refused(await ConflictAsync(e.Entries.Select(entry => entry.Entity).OfType<RoutingRuleEntry>().FirstOrDefault()?.Id ?? change.RuleId, cancellationToken));
        }
        finally
        {
            // Also after a refusal: the rules moved on, so the next read must see them.
            Invalidate();
            _gate.Release();
        }
    }

    /// <summary>Who changed the rule last and when; for a rule that is gone, who deleted it (from the audit log).</summary>
    private async Task<EditConflict> ConflictAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.RoutingRules.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.UpdatedBy, r.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            return new EditConflict(EditedThing.RoutingRule, id, row.UpdatedBy, row.UpdatedAt);
        }

        var target = "routing-rule:" + id;
        var deletion = await context.AuditLog.AsNoTracking().Where(e => e.Target == target && e.Action == "routing.rule.delete")
            .OrderByDescending(e => e.Id).Select(e => new { e.Actor, e.At }).FirstOrDefaultAsync(cancellationToken);
        return new EditConflict(EditedThing.RoutingRule, id, deletion?.Actor, deletion?.At, Deleted: true);
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        var version = Volatile.Read(ref _version);

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.RoutingRules.AsNoTracking().ToListAsync(cancellationToken);
        // Sorted here: the providers' collations order text differently.
        var rules = rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => RoutingRuleJson.Deserialize(r.Definition) with { Id = r.Id, Order = r.SortOrder, Enabled = r.Enabled, Version = r.Version }).ToList();
        var fresh = new Snapshot(rules, new RoutingEvaluator(rules));
        if (Volatile.Read(ref _version) == version)
        {
            _snapshot = fresh;
        }

        return fresh;
    }
}
