using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Routing.Persistence;

/// <summary>Result of saving or changing rules: the validator's messages when the change was refused.</summary>
public sealed record RuleChangeResult(IReadOnlyList<RuleValidationError> Errors)
{
    public static RuleChangeResult Ok { get; } = new([]);
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The admin-edited routing rules in the database. Keeps a compiled <see cref="RoutingEvaluator"/> of the
/// current rules and rebuilds it after every change, so processing never reads the table per message.
/// Every change is validated as a whole rule set (order, stop rules) and audited.
/// </summary>
public sealed class RoutingRuleStore(IDbConnectionFactory connections, SlaSettingsStore sla, AuditLog audit, TimeProvider clock)
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

    /// <summary>Creates or replaces a rule (<paramref name="replacesId"/> is the id it had before an edit).</summary>
    public async Task<RuleChangeResult> SaveAsync(RoutingRule rule, string? replacesId, string actor, CancellationToken cancellationToken)
    {
        var current = await ListAsync(cancellationToken);
        if (replacesId is null && current.Any(r => r.Id.Equals(rule.Id, StringComparison.OrdinalIgnoreCase)))
        {
            return new RuleChangeResult([new RuleValidationError(rule.Id, "id", "is used by another rule")]);
        }

        var next = current.Where(r => !r.Id.Equals(replacesId ?? rule.Id, StringComparison.OrdinalIgnoreCase)).Append(rule).ToList();
        var errors = (await ValidatorAsync(cancellationToken)).Validate(next);
        if (errors.Count > 0)
        {
            return new RuleChangeResult(errors);
        }

        await ReplaceAllAsync(next, actor, cancellationToken);
        await audit.RecordAsync(actor, replacesId is null ? "routing.rule.create" : "routing.rule.update", "routing-rule:" + rule.Id, RoutingRuleJson.Serialize(rule), cancellationToken);
        return RuleChangeResult.Ok;
    }

    public async Task<RuleChangeResult> DeleteAsync(string id, string actor, CancellationToken cancellationToken)
    {
        var current = await ListAsync(cancellationToken);
        var next = current.Where(r => !r.Id.Equals(id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (next.Count == current.Count)
        {
            return new RuleChangeResult([new RuleValidationError(id, "id", "no such rule")]);
        }

        await ReplaceAllAsync(next, actor, cancellationToken);
        await audit.RecordAsync(actor, "routing.rule.delete", "routing-rule:" + id, null, cancellationToken);
        return RuleChangeResult.Ok;
    }

    public async Task<RuleChangeResult> SetEnabledAsync(string id, bool enabled, string actor, CancellationToken cancellationToken)
    {
        var rule = await FindAsync(id, cancellationToken);
        if (rule is null)
        {
            return new RuleChangeResult([new RuleValidationError(id, "id", "no such rule")]);
        }

        var result = await ApplyAsync((await ListAsync(cancellationToken)).Select(r => r.Id == rule.Id ? r with { Enabled = enabled } : r).ToList(), actor, cancellationToken);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, enabled ? "routing.rule.enable" : "routing.rule.disable", "routing-rule:" + id, null, cancellationToken);
        }

        return result;
    }

    /// <summary>Swaps a rule with its neighbour (up = earlier) and renumbers all rules in steps of 10.</summary>
    public async Task<RuleChangeResult> MoveAsync(string id, bool up, string actor, CancellationToken cancellationToken)
    {
        var ordered = (await ListAsync(cancellationToken)).OrderBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var index = ordered.FindIndex(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.Count)
        {
            return RuleChangeResult.Ok;
        }

        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        var renumbered = ordered.Select((r, i) => r with { Order = (i + 1) * 10 }).ToList();
        var result = await ApplyAsync(renumbered, actor, cancellationToken);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, up ? "routing.rule.move-up" : "routing.rule.move-down", "routing-rule:" + id, null, cancellationToken);
        }

        return result;
    }

    /// <summary>Seeds the default rules into an empty table.</summary>
    public async Task SeedAsync(IReadOnlyList<RoutingRule> defaults, CancellationToken cancellationToken)
    {
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM routing_rules", cancellationToken: cancellationToken)) > 0)
            {
                return;
            }
        }

        await ReplaceAllAsync(defaults, "system", cancellationToken);
    }

    private void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
    }

    private async Task<RuleChangeResult> ApplyAsync(List<RoutingRule> next, string actor, CancellationToken cancellationToken)
    {
        var errors = (await ValidatorAsync(cancellationToken)).Validate(next);
        if (errors.Count > 0)
        {
            return new RuleChangeResult(errors);
        }

        await ReplaceAllAsync(next, actor, cancellationToken);
        return RuleChangeResult.Ok;
    }

    private async Task ReplaceAllAsync(IReadOnlyList<RoutingRule> rules, string actor, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var keep = rules.Select(r => r.Id).ToList();
            var stored = await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM routing_rules", transaction: transaction, cancellationToken: cancellationToken));
            foreach (var gone in stored.Where(s => !keep.Contains(s)))
            {
                await connection.ExecuteAsync(new CommandDefinition("DELETE FROM routing_rules WHERE id = @Id", new { Id = gone }, transaction, cancellationToken: cancellationToken));
            }

            foreach (var rule in rules)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO routing_rules (id, sort_order, enabled, definition, updated_at, updated_by) VALUES (@Id, @Order, @Enabled, @Definition, @Now, @Actor) " +
                    "ON CONFLICT (id) DO UPDATE SET sort_order = excluded.sort_order, enabled = excluded.enabled, definition = excluded.definition, updated_at = excluded.updated_at, updated_by = excluded.updated_by " +
                    "WHERE routing_rules.sort_order <> excluded.sort_order OR routing_rules.enabled <> excluded.enabled OR routing_rules.definition <> excluded.definition",
                    new { rule.Id, rule.Order, rule.Enabled, Definition = RoutingRuleJson.Serialize(rule), Now = now, Actor = actor }, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            Invalidate();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        var version = Volatile.Read(ref _version);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, long SortOrder, long Enabled, string Definition)>(new CommandDefinition(
            "SELECT id, sort_order, enabled, definition FROM routing_rules ORDER BY sort_order, id", cancellationToken: cancellationToken));
        var rules = rows.Select(r => RoutingRuleJson.Deserialize(r.Definition) with { Id = r.Id, Order = (int)r.SortOrder, Enabled = r.Enabled != 0 }).ToList();
        var fresh = new Snapshot(rules, new RoutingEvaluator(rules));
        if (Volatile.Read(ref _version) == version)
        {
            _snapshot = fresh;
        }

        return fresh;
    }
}
