using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HappyButtons.Tests.Intake.Pipeline;

/// <summary>
/// The ingest's own insert of message rows writes every column EF Core's model maps — of the message and of its owned
/// parts — so a column added to the model later is written too, on both providers.
/// </summary>
public abstract class MessageRowInsertTests(TestProvider provider)
{
    [Fact]
    public async Task EveryMappedColumn_IsWritten_AndReadsBackAsEfCoreReadsIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Message[] rows;
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            var model = context.Model.FindEntityType(typeof(Message))!;
            rows = [Filled(model, 1), Filled(model, 2)];
            using var insert = MessageRowInsert.Prepare(context, rows);
            await context.Database.OpenConnectionAsync();
            await using var transaction = await context.Database.BeginTransactionAsync();
            await insert.ExecuteAsync(context, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.All(rows, r => Assert.True(r.Id > 0));
        Assert.NotEqual(rows[0].Id, rows[1].Id);
        await using var reader = await database.Contexts.CreateDbContextAsync();
        var type = reader.Model.FindEntityType(typeof(Message))!;
        foreach (var written in rows)
        {
            var read = await reader.Messages.AsNoTracking().SingleAsync(m => m.Id == written.Id);
            var compared = 0;
            foreach (var (property, of) in Columns(type))
            {
                Assert.Equal(Normal(property.GetGetter().GetClrValue(of(written))), Normal(property.GetGetter().GetClrValue(of(read))));
                compared++;
            }

            Assert.True(compared > 50, $"{compared} columns");
        }
    }

    /// <summary>A message whose every mapped column holds a value of its own (none left at its default).</summary>
    private static Message Filled(IEntityType model, int n)
    {
        var message = new Message { Mailbox = Departments.Sales, SourceId = $"api:filled-{n}", ContentHash = new string((char)('a' + n), 64) };
        var at = new DateTimeOffset(2026, 12, 7, 8, 15, 30, TimeSpan.Zero).AddMinutes(n);
        var number = 0;
        foreach (var (property, of) in Columns(model))
        {
            if (property.Name is nameof(Message.Mailbox) or nameof(Message.SourceId) or nameof(Message.ContentHash))
            {
                continue;
            }

            number++;
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            object value = type == typeof(string) ? property.Name == nameof(Message.Department) ? Departments.Info : $"{property.Name}-{n}"
                : type == typeof(DateTimeOffset) ? (object)at.AddSeconds(number)
                : type == typeof(bool) ? (object)true
                : type == typeof(int) ? (object)(100 + number)
                : type == typeof(long) ? (object)(10_000L + number)
                : type == typeof(double) ? (object)(0.25 + number)
                : throw new InvalidOperationException($"No test value for {property.Name} ({type.Name}).");
            of(message).GetType().GetProperty(property.Name)!.SetValue(of(message), value);
        }

        return message;
    }

    private static IEnumerable<(IProperty Property, Func<Message, object> Of)> Columns(IEntityType message)
    {
        foreach (var property in message.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()))
        {
            yield return (property, m => m);
        }

        foreach (var owned in message.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var part = owned.GetGetter();
            foreach (var property in owned.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()))
            {
                yield return (property, m => part.GetClrValue(m)!);
            }
        }
    }

    private static object? Normal(object? value) => value is DateTimeOffset at ? at.ToUniversalTime() : value;
}

public sealed class MessageRowInsertTestsOnSqlite() : MessageRowInsertTests(TestProvider.Sqlite);

public sealed class MessageRowInsertTestsOnPostgreSql() : MessageRowInsertTests(TestProvider.PostgreSql);
