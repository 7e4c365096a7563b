using Dapper;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace HappyButtons.Tests.Routing.Persistence;

public sealed class SlaEscalationTests
{
    private sealed class FlakyMailer : IEscalationMailer
    {
        public int FailuresLeft { get; set; }
        public List<OutgoingMessage> Sent { get; } = [];

        public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            if (FailuresLeft-- > 0) throw new IOException("outbox not writable");
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    private static async Task<long> InsertBreachableAsync(TestDatabase database, string escalateTo, long dueAt, bool archived = false)
    {
        await using var connection = await database.Connections.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO messages (mailbox, source_id, content_hash, size, received_at, status, created_at, updated_at, subject, department, " +
            "intent, priority, sla_policy, sla_due_at, escalate_to, archived) VALUES ('support', @Source, 'hash', 1, 0, 'processed', 0, 0, 'Band steht', 'support', " +
            "'complaint', 'high', 'critical-30m', @Due, @EscalateTo, @Archived) RETURNING id",
            new { Source = Guid.NewGuid().ToString("N"), Due = dueAt, EscalateTo = escalateTo, Archived = archived });
    }

    [Fact]
    public async Task AFailedNotice_IsSentOnTheNextRun_AndTheMessageIsEscalatedOnlyOnce()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var id = await InsertBreachableAsync(database, "[\"qualitaet@happybuttons.de\"]", dueAt: 1_000);
        var archived = await InsertBreachableAsync(database, "[\"qualitaet@happybuttons.de\"]", dueAt: 1_000, archived: true);
        var mailer = new FlakyMailer { FailuresLeft = 1 };
        var events = new EventHub();
        using var changes = events.Subscribe();
        var escalation = new SlaEscalation(database.Connections, mailer, events, new ManualClock(), NullLogger<SlaEscalation>.Instance);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(61_000);

        await Assert.ThrowsAsync<IOException>(() => escalation.EscalateDueAsync(now, CancellationToken.None));
        var second = await escalation.EscalateDueAsync(now.AddMinutes(1), CancellationToken.None);
        var third = await escalation.EscalateDueAsync(now.AddMinutes(2), CancellationToken.None);

        Assert.Equal([0, 0], new[] { second, third });
        var notice = Assert.Single(mailer.Sent);
        Assert.Equal("qualitaet@happybuttons.de", Assert.Single(notice.To).Address);
        Assert.Contains($"message {id} ", notice.TextBody);
        await using var connection = await database.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal("critical", await connection.ExecuteScalarAsync<string>("SELECT priority FROM messages WHERE id = @id", new { id }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM escalations"));
        Assert.Null(await connection.ExecuteScalarAsync<long?>("SELECT escalated_at FROM messages WHERE id = @archived", new { archived }));
        Assert.True(changes.Reader.TryRead(out var change));
        Assert.Equal(new MessageChanged(id, "support"), change);
    }
}
