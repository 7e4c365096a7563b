using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HappyButtons.Tests.Routing.Persistence;

/// <summary>SLA escalation on both providers: each breached message escalated once, a notice that failed is sent on the next run.</summary>
public abstract class SlaEscalationTests(TestProvider provider)
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
        await using var context = await database.Contexts.CreateDbContextAsync();
        var message = new Message
        {
            Mailbox = "support", SourceId = Guid.NewGuid().ToString("N"), ContentHash = "hash", Size = 1, ReceivedAt = DateTimeOffset.UnixEpoch,
            Status = MessageStatus.Processed, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch, Subject = "Band steht",
            Department = "support", Archived = archived,
            Classification = new MessageClassification { Intent = "complaint" },
            Routing = new MessageRouting
            {
                Priority = "high", SlaPolicy = "critical-30m", SlaDueAt = DateTimeOffset.FromUnixTimeMilliseconds(dueAt), EscalateTo = escalateTo,
            },
        };
        context.Messages.Add(message);
        await context.SaveChangesAsync();
        return message.Id;
    }

    [Fact]
    public async Task AFailedNotice_IsSentOnTheNextRun_AndTheMessageIsEscalatedOnlyOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await InsertBreachableAsync(database, "[\"qualitaet@happybuttons.de\"]", dueAt: 1_000);
        var archived = await InsertBreachableAsync(database, "[\"qualitaet@happybuttons.de\"]", dueAt: 1_000, archived: true);
        var mailer = new FlakyMailer { FailuresLeft = 1 };
        var events = new EventHub();
        using var changes = events.Subscribe();
        var escalation = new SlaEscalation(database.Contexts, database.Services.GetRequiredService<DatabaseWriteGate>(), mailer, events, new ManualClock(),
            NullLogger<SlaEscalation>.Instance);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(61_000);

        await Assert.ThrowsAsync<IOException>(() => escalation.EscalateDueAsync(now, CancellationToken.None));
        var second = await escalation.EscalateDueAsync(now.AddMinutes(1), CancellationToken.None);
        var third = await escalation.EscalateDueAsync(now.AddMinutes(2), CancellationToken.None);

        Assert.Equal([0, 0], new[] { second, third });
        var notice = Assert.Single(mailer.Sent);
        Assert.Equal("qualitaet@happybuttons.de", Assert.Single(notice.To).Address);
        Assert.Contains($"message {id} ", notice.TextBody);
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Equal("critical", await context.Messages.Where(m => m.Id == id).Select(m => m.Routing.Priority).SingleAsync());
        Assert.Equal(1, await context.Escalations.CountAsync());
        Assert.Null(await context.Messages.Where(m => m.Id == archived).Select(m => m.Routing.EscalatedAt).SingleAsync());
        Assert.True(changes.Reader.TryRead(out var change));
        Assert.Equal(new MessageChanged(id, "support"), change);
        var log = await new EscalationLog(database.Contexts).RecentAsync(10, CancellationToken.None);
        Assert.True(Assert.Single(log).Notified);
    }
}

public sealed class SlaEscalationTestsOnSqlite() : SlaEscalationTests(TestProvider.Sqlite);

public sealed class SlaEscalationTestsOnPostgreSql() : SlaEscalationTests(TestProvider.PostgreSql);
