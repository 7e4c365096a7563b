using System.Diagnostics;
using HappyButtons.Engine;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Agents.Quality;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// The held-out agent quality set (the tests' <c>TestData/AgentQuality</c>, 40 mails) through ingest, processing and the
/// coordinator on a fresh SQLite database: per agent the share of proposals a clerk would approve unchanged, the bank
/// changes held, the courtesy of the approvable replies, and every miss with its reason. AGENT_QUALITY_BODIES=1 prints
/// the reply texts too.
/// </summary>
public sealed class AgentQualityBench : IBenchmark
{
    public string Name => "agent-quality";

    public string Description => "agent proposals on the held-out set of 40 realistic mails: share a clerk would approve unchanged";

    public async Task RunAsync(TextWriter output)
    {
        var directory = Path.Combine(Path.GetTempPath(), "hb-agent-quality-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            using var host = await StartAsync(directory);
            await host.Services.GetRequiredService<CatalogStore>()
                .SeedAsync(DemoCatalog.Products, DemoCatalog.CustomerPrices, DemoCatalog.Aliases, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            var report = await AgentQualityEvaluation.RunAsync(host.Services, CancellationToken.None);
            watch.Stop();
            report.Write(output, bodies: Environment.GetEnvironmentVariable("AGENT_QUALITY_BODIES") == "1");
            output.WriteLine($"  ({report.Mails.Count} mails seeded, ingested, processed and proposed in {watch.Elapsed.TotalSeconds:N1} s)");
            await host.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The engine as the web host composes it (without the web), with complete company data like a real installation.</summary>
    private static async Task<IHost> StartAsync(string directory)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HappyButtons:DataDirectory"] = directory,
            ["HappyButtons:Pipeline:Workers"] = "1",
            ["HappyButtons:Jobs:Workers"] = "0",
            ["HappyButtons:Mail:ReadMailboxes"] = "false",
            ["HappyButtons:Imap:Idle"] = "false",
            ["HappyButtons:Demo:Enabled"] = "false",
            ["HappyButtons:Agents:Trigger"] = "false",
            ["HappyButtons:Company:Name"] = "Happy Buttons", ["HappyButtons:Company:LegalForm"] = "GmbH", ["HappyButtons:Company:Street"] = "Knopfweg 7",
            ["HappyButtons:Company:PostalCode"] = "80331", ["HappyButtons:Company:City"] = "München", ["HappyButtons:Company:Country"] = "DE",
            ["HappyButtons:Company:RegisterCourt"] = "Amtsgericht München", ["HappyButtons:Company:RegisterNumber"] = "HRB 234567",
            ["HappyButtons:Company:ManagingDirectors"] = "Anna Knopf, Bernd Faden", ["HappyButtons:Company:VatId"] = "DE298765432",
            ["HappyButtons:Company:Iban"] = "DE89 3704 0044 0532 0130 00", ["HappyButtons:Company:Bic"] = "COBADEFFXXX",
            ["HappyButtons:Company:Bank"] = "Commerzbank", ["HappyButtons:Company:Phone"] = "+49 89 1234560",
            ["HappyButtons:Company:Web"] = "www.happybuttons.de", ["HappyButtons:Company:Email"] = "rechnung@happybuttons.de",
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
        builder.Services.AddKnowledgeBase();
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
