using System.Data.Common;
using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>Reads and writes the intake columns of message rows (migration 0004).</summary>
public sealed class MessageIntakeStore(IDbConnectionFactory connections, DatabaseWriteGate writeGate, TimeProvider clock)
{
    private const string Columns =
        "id, intent, urgency, priority, language, is_oem, customer_number, confidence, rule_id, rule_name, sla_policy, sla_due_at, " +
        "sla_resolution_due_at, risk_score, risk_signals, tags, automation, escalate_to, fraud_hold, archived, review_reason, escalated_at";

    public async Task SaveAsync(long messageId, IntakeFindings f, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await SaveAsync(connection, null, messageId, f, cancellationToken);
    }

    /// <summary>Writes the findings inside the caller's transaction (the processor saves a message in one).</summary>
    public Task SaveAsync(DbConnection connection, DbTransaction? transaction, long messageId, IntakeFindings f, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET intent = @Intent, urgency = @Urgency, priority = @Priority, language = @Language, is_oem = @IsOem, " +
            "customer_number = @CustomerNumber, confidence = @Confidence, rule_id = @RuleId, rule_name = @RuleName, sla_policy = @SlaPolicy, " +
            "sla_due_at = @SlaDueAt, sla_resolution_due_at = @SlaResolutionDueAt, risk_score = @RiskScore, risk_signals = @RiskSignals, tags = @Tags, " +
            "automation = @Automation, escalate_to = @EscalateTo, fraud_hold = @FraudHold, archived = @Archived, review_reason = @ReviewReason, " +
            "escalated_at = @EscalatedAt, updated_at = @Now WHERE id = @Id",
            new
            {
                Id = messageId, f.Intent, f.Urgency, f.Priority, f.Language, f.IsOem, f.CustomerNumber, f.Confidence, f.RuleId, f.RuleName, f.SlaPolicy,
                SlaDueAt = f.SlaDueAt?.ToUnixTimeMilliseconds(), SlaResolutionDueAt = f.SlaResolutionDueAt?.ToUnixTimeMilliseconds(), f.RiskScore,
                RiskSignals = IntakeFindings.Json(f.RiskSignals), Tags = IntakeFindings.Json(f.Tags), f.Automation, EscalateTo = IntakeFindings.Json(f.EscalateTo),
                f.FraudHold, f.Archived, f.ReviewReason, EscalatedAt = f.EscalatedAt?.ToUnixTimeMilliseconds(), Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            transaction, cancellationToken: cancellationToken));

    public async Task<DateTimeOffset?> ReceivedAtAsync(long messageId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ms = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT received_at FROM messages WHERE id = @Id", new { Id = messageId }, cancellationToken: cancellationToken));
        return ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
    }

    /// <summary>The intake findings of the given messages; messages never processed by the intake are missing.</summary>
    public static async Task<IReadOnlyDictionary<long, IntakeFindings>> ReadAsync(DbConnection connection, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<long, IntakeFindings>();
        }

        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM messages WHERE id IN @Ids AND intent IS NOT NULL", new { Ids = ids }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.id, r => r.ToFindings());
    }

    // Property mapping (not constructor matching): SQLite reports no type for NULL values.
    private sealed class Row
    {
        public long id { get; set; }
        public string? intent { get; set; }
        public string? urgency { get; set; }
        public string? priority { get; set; }
        public string? language { get; set; }
        public long? is_oem { get; set; }
        public string? customer_number { get; set; }
        public double? confidence { get; set; }
        public string? rule_id { get; set; }
        public string? rule_name { get; set; }
        public string? sla_policy { get; set; }
        public long? sla_due_at { get; set; }
        public long? sla_resolution_due_at { get; set; }
        public long? risk_score { get; set; }
        public string? risk_signals { get; set; }
        public string? tags { get; set; }
        public string? automation { get; set; }
        public string? escalate_to { get; set; }
        public long fraud_hold { get; set; }
        public long archived { get; set; }
        public string? review_reason { get; set; }
        public long? escalated_at { get; set; }

        public IntakeFindings ToFindings() => new(
            intent, urgency, priority, language, is_oem is { } oem ? oem != 0 : null, customer_number, confidence, rule_id, rule_name, sla_policy,
            Time(sla_due_at), Time(sla_resolution_due_at), (int?)risk_score, IntakeFindings.FromJson<List<StoredRiskSignal>>(risk_signals) ?? [],
            IntakeFindings.FromJson<List<string>>(tags) ?? [], automation, IntakeFindings.FromJson<List<string>>(escalate_to) ?? [],
            fraud_hold != 0, archived != 0, review_reason, Time(escalated_at));

        private static DateTimeOffset? Time(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
    }
}
