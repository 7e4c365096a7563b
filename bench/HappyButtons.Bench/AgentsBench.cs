using System.Diagnostics;
using HappyButtons.Engine;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// The agent coordinator on a backlog: AGENTS_BENCH_COUNT (default 10,000) processed mails of a realistic mix (general
/// inquiries, quotes and orders with catalog products, order-status questions, invoice copies, payment notices, bank
/// changes, complaints) from the demo customers, written straight into the message table, then turned into tasks with
/// proposals (<see cref="AgentCoordinator.RunAsync"/>: groups of 400, one transaction each). SQLite in /tmp.
/// </summary>
public sealed class AgentsBench : IBenchmark
{
    public string Name => "agents";

    public string Description => "agent tasks: a backlog of processed mails to \"task proposed\"";

    private static readonly (string Mailbox, string Intent, string Subject, string Text)[] Mix =
    [
        ("info", "general_inquiry", "Frage zu Ihrem Unternehmen", "Sehr geehrte Damen und Herren,\n\nhaben Sie zwischen den Jahren geöffnet?\n\nMit freundlichen Grüßen"),
        ("info", "general_inquiry", "Question", "Hello,\n\ndo you ship to Norway?\n\nKind regards"),
        ("sales", "quote_request", "Anfrage", "Guten Tag,\n\nbitte senden Sie uns ein Angebot über 3.000 Stück HB-HN-2007 und 2.000 Stück HB-MT-1512.\n\nViele Grüße"),
        ("sales", "order", "Bestellung 4500{0}", "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500{0}):\nPos. 10  4.000 Stück HB-HN-2007 Hornknopf 20 mm\n\nGewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen"),
        ("sales", "order_status", "Liefertermin?", "Guten Tag,\n\nwann kommt unsere Bestellung?\n\nGruß"),
        ("finance", "invoice_request", "Rechnungskopie", "Bitte senden Sie uns eine Kopie der Rechnung RE-2026-00001."),
        ("finance", "payment_notice", "Zahlungsavis", "Wir haben heute 1.234,56 EUR überwiesen."),
        ("finance", "bank_change", "Neue Bankverbindung", "Bitte ändern Sie unsere Bankverbindung auf IBAN DE02 1203 0000 0000 2020 51."),
        ("support", "complaint", "Reklamation", "Die Knöpfe sind gebrochen. Außerdem bestellen wir 2.500 Stück HB-HN-2507."),
        ("info", "general_inquiry", "Katalog", "Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns Ihren Katalog.\n\nDanke"),
    ];

    private static readonly (string Email, string Customer, string Language)[] Senders =
    [
        ("claudia@modehaus-lindner.de", "30101", "de"), ("alex@trachten-huber.de", "30102", "de"), ("o.grant@brightwear.co.uk", "30104", "en"),
        ("t.faden@knopf-faden.de", "20011", "de"), ("a.weber@autowerk-sued.de", "10042", "de"), ("jemand@unbekannt.example", "", "de"),
    ];

    public async Task RunAsync(TextWriter output)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("AGENTS_BENCH_COUNT"), out var n) ? n : 10_000;
        var directory = Path.Combine(Path.GetTempPath(), "hb-agents-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            using var host = await StartAsync(directory);
            var contexts = host.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();
            await FillAsync(contexts, 500, 0);
            var coordinator = host.Services.GetRequiredService<AgentCoordinator>();
            await coordinator.RunAsync(CancellationToken.None); // warm-up: the hot paths compiled, the catalog read once
            await FillAsync(contexts, count, 500);

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var created = await coordinator.RunAsync(CancellationToken.None);
            watch.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            await using var context = await contexts.CreateDbContextAsync();
            var proposals = await context.AgentProposals.CountAsync();
            var byKind = await context.AgentProposals.GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            output.WriteLine($"  sqlite   {created} tasks from {count} processed mails in {watch.Elapsed.TotalSeconds:N2} s: {created / watch.Elapsed.TotalSeconds,7:N0} mails/s " +
                             $"({cpuMs / count:N2} ms CPU per mail); {proposals} proposals in all ({string.Join(", ", byKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Count}"))})");
            await host.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task FillAsync(IDbContextFactory<HappyButtonsDbContext> contexts, int count, int offset)
    {
        var now = DateTimeOffset.UtcNow;
        await using var context = await contexts.CreateDbContextAsync();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = new List<Message>();
        for (var i = 0; i < count; i++)
        {
            var number = offset + i;
            var (mailbox, intent, subject, text) = Mix[number % Mix.Length];
            var (email, customer, language) = Senders[number % Senders.Length];
            var message = new Message
            {
                Mailbox = mailbox, Department = mailbox, SourceId = "bench:" + number, ContentHash = "bench" + number, Status = "processed",
                ReceivedAt = now, CreatedAt = now, UpdatedAt = now, ProcessedAt = now, FromAddress = email,
                Subject = string.Format(subject, number), BodyText = string.Format(text, number), NewText = string.Format(text, number),
                Classification = new MessageClassification { Intent = intent, Language = language, CustomerNumber = customer == "" ? null : customer, Confidence = 0.9 },
                Routing = new MessageRouting { Automation = "draft" },
                Risk = new MessageRisk { Score = intent == "bank_change" ? 60 : 5, FraudHold = intent == "bank_change" },
            };
            context.Messages.Add(message);
            batch.Add(message);
            if (batch.Count == 1000 || i == count - 1)
            {
                await context.SaveChangesAsync();
                // Each mail in its conversation, as the processing step puts it there.
                foreach (var mail in batch)
                {
                    context.Conversations.Add(new Conversation
                    {
                        Department = mail.Department!, Subject = mail.Subject!, CustomerAddress = mail.FromAddress, CustomerNumber = mail.Classification.CustomerNumber,
                        CreatedAt = now, LastMessageAt = now, LastIncomingAt = now, UpdatedAt = now, Version = 1,
                        Entries = [new ConversationEntry { Kind = "incoming", MessageId = mail.Id, FromAddress = mail.FromAddress, Subject = mail.Subject, At = now }],
                    });
                }

                await context.SaveChangesAsync();
                context.ChangeTracker.Clear();
                batch.Clear();
            }
        }
    }

    private static async Task<IHost> StartAsync(string directory)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HappyButtons:DataDirectory"] = directory,
            ["HappyButtons:Pipeline:Workers"] = "0",
            ["HappyButtons:Jobs:Workers"] = "0",
            ["HappyButtons:Mail:ReadMailboxes"] = "false",
            ["HappyButtons:Imap:Idle"] = "false",
            ["HappyButtons:Demo:Enabled"] = "true",
            ["HappyButtons:Agents:Trigger"] = "false",
            ["HappyButtons:Company:Name"] = "Happy Buttons", ["HappyButtons:Company:LegalForm"] = "GmbH", ["HappyButtons:Company:Street"] = "Knopfweg 7",
            ["HappyButtons:Company:PostalCode"] = "80331", ["HappyButtons:Company:City"] = "München", ["HappyButtons:Company:Country"] = "DE",
            ["HappyButtons:Company:RegisterCourt"] = "Amtsgericht München", ["HappyButtons:Company:RegisterNumber"] = "HRB 234567",
            ["HappyButtons:Company:ManagingDirectors"] = "Anna Knopf", ["HappyButtons:Company:VatId"] = "DE123456789",
        });
        builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddOptions<HappyButtonsOptions>().Bind(builder.Configuration.GetSection(HappyButtonsOptions.Section));
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(directory, "keys")));
        builder.Services.AddHappyButtonsStorage(builder.Configuration);
        builder.Services.AddBackgroundJobs(builder.Configuration);
        builder.Services.AddMailPipeline(builder.Configuration);
        builder.Services.AddIntakeProcessing();
        builder.Services.AddOrders(builder.Configuration);
        builder.Services.AddConversations();
        builder.Services.AddCatalog();
        builder.Services.AddReplies(builder.Configuration);
        builder.Services.AddAgents(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        foreach (var step in host.Services.GetServices<IInstallationStep>())
        {
            await step.RunAsync(CancellationToken.None);
        }

        await host.StartAsync();
        return host;
    }
}
