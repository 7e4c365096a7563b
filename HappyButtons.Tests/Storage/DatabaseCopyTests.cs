using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.Databases;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Storage;

/// <summary>
/// Moving an installation from SQLite to PostgreSQL with the <c>copy-database</c> command: every record and its id arrive,
/// the app then runs on PostgreSQL with the same data directory — people sign in, mail is found and searched, new mail
/// gets new ids, queued outgoing mail goes out — and a second copy into the same database is refused.
/// </summary>
public sealed class DatabaseCopyTests
{
    [Fact]
    public async Task CopyDatabase_MovesEverythingToPostgreSql_AndTheAppRunsThereWithTheSameData()
    {
        using var data = new TempDirectory("hb-copy");
        long orderId;
        int messages;
        await using (var sqlite = new PipelineTestSite(dataDirectory: data.Path))
        {
            sqlite.CreateClient();
            await sqlite.CreateUserAsync("vera", "Vertrieb-Passwort-1", false, Departments.Sales);
            orderId = await sqlite.UploadAsync(Departments.Sales, PipelineTestSite.SimpleMail("Bestellung Perlmutt", "Bitte 500 Perlmuttknöpfe HB-4711."));
            await sqlite.UploadAsync(Departments.Support, PipelineTestSite.SimpleMail("Reklamation", "Die Knöpfe sind gebrochen."));
            await sqlite.WaitProcessedAsync(orderId);
            await sqlite.WaitForMessagesAsync(Departments.Support, 1);
            await sqlite.Services.GetRequiredService<MailOutbox>().QueueAsync(
                new OutgoingMessage { From = new EmailAddress(null, "sales@happybuttons.de"), To = [new EmailAddress(null, "kunde@example.test")], Subject = "Nach dem Umzug", TextBody = "Hallo." },
                null, CancellationToken.None);
            await using var context = await sqlite.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
            messages = await context.Messages.CountAsync();
        }

        var postgres = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (exit, output) = await RunCopyAsync(data.Path, postgres);
        Assert.True(exit == 0, output);
        Assert.Contains("Copied", output);

        // Every table arrives whole: the same number of rows on both sides (the SQLite site made conversations, agent
        // tasks, seeded templates and knowledge articles, sign-ins and audit entries).
        var sourceCounts = await CountRowsAsync(new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>()
            .UseSqlite($"Data Source={Path.Combine(data.Path, StorageServiceCollectionExtensions.DatabaseFileName)}").Options));
        var targetCounts = await CountRowsAsync(new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(postgres).Options));
        Assert.Equal(sourceCounts, targetCounts);
        Assert.True(sourceCounts["conversations"] > 0 && sourceCounts["reply_templates"] > 0 && sourceCounts["knowledge_articles"] > 0,
            string.Join(", ", sourceCounts.Select(c => $"{c.Key}={c.Value}")));

        var again = await RunCopyAsync(data.Path, postgres);
        Assert.Equal(1, again.Exit);
        Assert.Contains("already holds", again.Output);

        await using var site = new PipelineTestSite(new Dictionary<string, string?>
        {
            ["HappyButtons:Database:Provider"] = "PostgreSql", ["HappyButtons:Database:ConnectionString"] = postgres,
        }, data.Path);
        var vera = await site.SignInAsync("vera", "Vertrieb-Passwort-1", Departments.Sales);
        Assert.Equal(HttpStatusCode.OK, (await vera.GetAsync("/sales")).StatusCode);
        var api = site.ApiClient();
        var order = await api.GetFromJsonAsync<JsonElement>($"/api/messages/{orderId}");
        Assert.Equal("Bestellung Perlmutt", order.GetProperty("subject").GetString());
        var found = await api.GetFromJsonAsync<JsonElement>("/api/messages?search=perlmuttknopfe");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetInt64() == orderId);
        var newer = await site.UploadAsync(Departments.Info, PipelineTestSite.SimpleMail("Nach dem Umzug", "Neue Anfrage."));
        Assert.True(newer > orderId);
        await site.WaitProcessedAsync(newer);
        await using (var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            Assert.True(context.Database.IsNpgsql());
            Assert.Equal(messages + 1, await context.Messages.CountAsync());
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await context.OutgoingMail.AsNoTracking().SingleAsync()).Status != OutgoingMailStatus.Sent)
            {
                Assert.True(DateTime.UtcNow < deadline, "The queued mail was not sent after the move.");
                await Task.Delay(200);
            }
        }
    }

    [Fact]
    public void EveryTableOfTheModel_IsCopied_OrLeftBehindForAStatedReason()
    {
        using var context = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=:memory:").Options);
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order().ToList();

        Assert.Equal(tables, DatabaseCopy.CopiedTables.Concat(DatabaseCopy.NotCopied.Keys).Order().ToList());
    }

    private static async Task<SortedDictionary<string, long>> CountRowsAsync(HappyButtonsDbContext context)
    {
        await using (context)
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Where(t => !DatabaseCopy.NotCopied.ContainsKey(t)))
            {
                // Table names from the model, never input.
#pragma warning disable EF1002
                counts[table] = await context.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
            }

            return counts;
        }
    }

    private static async Task<(int Exit, string Output)> RunCopyAsync(string dataDirectory, string postgres)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "HappyButtons.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var dll = Path.Combine(root, "HappyButtons.Web", "bin", "Debug", "net10.0", "HappyButtons.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "copy-database", "--to-postgres", postgres])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["HappyButtons__DataDirectory"] = dataDirectory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
