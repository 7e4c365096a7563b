using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Conversations;
using HappyButtons.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Web;

/// <summary>
/// <c>GET /metrics</c> of the running app, parsed as the Prometheus text format: every metric of docs/metrics.md with its
/// type and labels, counts that move when a job runs, someone signs in, a mail opens a conversation and an order changes
/// state; the Grafana dashboard queries only what is exposed.
/// </summary>
public sealed class MetricsScrapeTests(MetricsScrapeTests.Site site) : IClassFixture<MetricsScrapeTests.Site>
{
    /// <summary>A pipeline site with company data, a customer and a product, so that mails and orders can be made.</summary>
    public sealed class Site() : ConversationSite(OrdersWebSite.CompanySettings()), IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await using var context = await Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
            context.Customers.Add(new Customer
            {
                Number = "81042", Name = "Autowerk Süd GmbH", Type = "regular", Version = 1, VatId = "DE811122233",
                Address = new PostalAddress { Street = "Industriestraße 12", PostalCode = "70565", City = "Stuttgart", Country = "DE" },
            });
            context.Products.Add(new Product { Sku = "HB-4H-18L-BLK", Name = "Vierloch-Knopf 18L schwarz", ListPrice = 0.12m, MinimumOrderQuantity = 1000, StockOnHand = 50_000 });
            await context.SaveChangesAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>Every metric family of the product with its type, as docs/metrics.md lists them.</summary>
    public static readonly Dictionary<string, string> Families = new()
    {
        ["happybuttons_jobs_count"] = "gauge",
        ["happybuttons_jobs_started_total"] = "counter",
        ["happybuttons_jobs_succeeded_total"] = "counter",
        ["happybuttons_jobs_failed_total"] = "counter",
        ["happybuttons_jobs_duration"] = "histogram",
        ["hb_signin_attempts_total"] = "counter",
        ["hb_mail_html_prepared_total"] = "counter",
        ["happybuttons_messages_count"] = "gauge",
        ["happybuttons_outgoing_mail_count"] = "gauge",
        ["happybuttons_conversations_count"] = "gauge",
        ["happybuttons_orders_count"] = "gauge",
        ["happybuttons_metrics_database_errors_total"] = "counter",
        ["happybuttons_kpi_email_processing_efficiency"] = "gauge",
        ["happybuttons_kpi_sla_compliance"] = "gauge",
        ["happybuttons_kpi_order_fulfillment_rate"] = "gauge",
        ["happybuttons_kpi_customer_satisfaction"] = "gauge",
        ["happybuttons_kpi_agent_utilization"] = "gauge",
        ["happybuttons_kpi_automation_rate"] = "gauge",
        ["happybuttons_kpi_performance_score"] = "gauge",
        ["happybuttons_kpi_errors_total"] = "counter",
        ["process_cpu_seconds_total"] = "counter",
        ["process_working_set_bytes"] = "gauge",
    };

    [Fact]
    public async Task TheScrape_IsValidPrometheusText_WithEveryMetricItsTypeAndItsLabels()
    {
        var response = await site.ApiClient().GetAsync("/metrics");
        var scrape = PrometheusText.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        foreach (var (name, type) in Families)
        {
            Assert.True(scrape.Types.TryGetValue(name, out var actual), $"{name} is not exposed");
            Assert.Equal((name, type), (name, actual));
        }

        // Zero-filled: every state has its series before anything is in it.
        Assert.Equal(new[] { "deleted", "enqueued", "failed", "processing", "recurring", "scheduled", "succeeded" }, scrape.LabelValues("happybuttons_jobs_count", "state"));
        Assert.Equal(new[] { "failed", "needs_review", "processing", "received" }, scrape.LabelValues("happybuttons_messages_count", "status"));
        Assert.Equal(new[] { "queued", "sending" }, scrape.LabelValues("happybuttons_outgoing_mail_count", "status"));
        Assert.Equal(Engine.Orders.OrderStates.Codes.Order(StringComparer.Ordinal), scrape.LabelValues("happybuttons_orders_count", "state"));
        var conversations = scrape.Samples.Where(s => s.Name == "happybuttons_conversations_count").ToList();
        Assert.Equal(Departments.All.Count * 3, conversations.Count);
        Assert.All(conversations, c => Assert.Contains(c.Labels["state"], new[] { "open", "pending", "resolved" }));
        Assert.Equal(0, scrape.Value("happybuttons_metrics_database_errors_total"));
    }

    [Fact]
    public async Task Counts_Move_WhenAJobRuns_SomeoneSignsIn_AMailOpensAConversation_AndAnOrderChangesState()
    {
        var api = site.ApiClient();
        var before = await ScrapeAsync();

        var jobId = site.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.Run());
        await WaitForJobAsync(api, jobId, "Succeeded");
        await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Anfrage Metriken", ConversationSite.Order));
        var order = await api.PostAsJsonAsync("/api/orders", new { customerId = "81042", lines = new[] { new { sku = "HB-4H-18L-BLK", quantity = 1000 } } });
        order.EnsureSuccessStatusCode();
        var orderId = (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var created = await ScrapeAsync();

        var job = new Dictionary<string, string> { ["kind"] = "ProbeJob.Run" };
        var infinity = new Dictionary<string, string> { ["kind"] = "ProbeJob.Run", ["le"] = "+Inf" };
        Assert.Equal(before.ValueOrZero("happybuttons_jobs_started_total", job) + 1, created.Value("happybuttons_jobs_started_total", job));
        Assert.Equal(before.ValueOrZero("happybuttons_jobs_succeeded_total", job) + 1, created.Value("happybuttons_jobs_succeeded_total", job));
        Assert.Equal(0, created.ValueOrZero("happybuttons_jobs_failed_total", job));
        Assert.Equal(before.ValueOrZero("happybuttons_jobs_duration_count", job) + 1, created.Value("happybuttons_jobs_duration_count", job));
        Assert.Equal(before.ValueOrZero("happybuttons_jobs_duration_bucket", infinity) + 1, created.Value("happybuttons_jobs_duration_bucket", infinity));
        Assert.True(created.Value("happybuttons_jobs_count", new() { ["state"] = "succeeded" }) >= before.Value("happybuttons_jobs_count", new() { ["state"] = "succeeded" }) + 1);
        var signIns = new Dictionary<string, string> { ["outcome"] = "succeeded" };
        Assert.Equal(before.ValueOrZero("hb_signin_attempts_total", signIns) + 1, created.Value("hb_signin_attempts_total", signIns));
        var salesOpen = new Dictionary<string, string> { ["department"] = "sales", ["state"] = "open" };
        var salesPending = new Dictionary<string, string> { ["department"] = "sales", ["state"] = "pending" };
        Assert.Equal(before.Value("happybuttons_conversations_count", salesOpen) + 1, created.Value("happybuttons_conversations_count", salesOpen));
        var createdState = new Dictionary<string, string> { ["state"] = "created" };
        var confirmedState = new Dictionary<string, string> { ["state"] = "confirmed" };
        Assert.Equal(before.Value("happybuttons_orders_count", createdState) + 1, created.Value("happybuttons_orders_count", createdState));

        var pending = await api.PostAsJsonAsync($"/api/conversations/{conversation.Summary.Id}/state", new { state = "pending", version = conversation.Summary.Version });
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        var confirmed = await api.PostAsJsonAsync($"/api/orders/{orderId}/transitions", new { to = "confirmed" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var moved = await ScrapeAsync();

        Assert.Equal(before.Value("happybuttons_conversations_count", salesOpen), moved.Value("happybuttons_conversations_count", salesOpen));
        Assert.Equal(before.Value("happybuttons_conversations_count", salesPending) + 1, moved.Value("happybuttons_conversations_count", salesPending));
        Assert.Equal(before.Value("happybuttons_orders_count", createdState), moved.Value("happybuttons_orders_count", createdState));
        Assert.Equal(before.Value("happybuttons_orders_count", confirmedState) + 1, moved.Value("happybuttons_orders_count", confirmedState));
    }

    [Fact]
    public async Task TheGrafanaDashboard_IsValidJson_AndQueriesOnlyMetricsTheScrapeExposes_ForEveryArea()
    {
        // A job has run, so the labelled job series (and the histogram's _bucket, _sum and _count) exist.
        var jobId = site.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.Run());
        await WaitForJobAsync(site.ApiClient(), jobId, "Succeeded");
        var exposed = (await ScrapeAsync()).Samples.Select(s => s.Name).Concat((await ScrapeAsync()).Types.Keys).ToHashSet();
        using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docker", "grafana", "happybuttons-dashboard.json")));

        var expressions = Expressions(dashboard.RootElement).ToList();
        var queried = expressions.SelectMany(e => Regex.Matches(e, @"\b(?:happybuttons|hb|process|dotnet)_[a-z0-9_]+").Select(m => m.Value)).ToHashSet();

        Assert.Equal("happybuttons", dashboard.RootElement.GetProperty("uid").GetString());
        Assert.Empty(queried.Where(m => !exposed.Contains(m)));
        foreach (var area in new[] { "happybuttons_messages_count", "happybuttons_outgoing_mail_count", "happybuttons_jobs_", "hb_mail_html_prepared_total", "happybuttons_conversations_count", "happybuttons_orders_count" })
        {
            Assert.Contains(queried, m => m.StartsWith(area, StringComparison.Ordinal));
        }

        Assert.All(dashboard.RootElement.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() != "row"),
            p => Assert.Equal("${DS_PROMETHEUS}", p.GetProperty("datasource").GetProperty("uid").GetString()));
    }

    [Fact]
    public async Task EveryMetricOfTheProduct_IsDocumented()
    {
        var scrape = await ScrapeAsync();
        var docs = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "metrics.md"));

        var ours = scrape.Types.Keys.Where(n => n.StartsWith("happybuttons_", StringComparison.Ordinal) || n.StartsWith("hb_", StringComparison.Ordinal)).ToList();

        Assert.Equal(Families.Keys.Where(n => !n.StartsWith("process_", StringComparison.Ordinal)).Order(), ours.Order());
        Assert.All(ours, name => Assert.Contains($"`{name}`", docs));
    }

    private async Task<PrometheusText> ScrapeAsync() => PrometheusText.Parse(await site.ApiClient().GetStringAsync("/metrics"));

    private static IEnumerable<string> Expressions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "expr")
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var inner in Expressions(property.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in element.EnumerateArray().SelectMany(Expressions))
            {
                yield return inner;
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HappyButtons.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HappyButtons.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task WaitForJobAsync(HttpClient api, string jobId, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var detail = await api.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
            if (detail.GetProperty("state").GetString() == state)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} did not reach {state}: {detail}");
            await Task.Delay(100);
        }
    }

    public sealed class ProbeJob
    {
        public void Run()
        {
        }
    }
}

/// <summary>The Prometheus text exposition format (0.0.4), parsed strictly: a line that is not a comment or a sample fails.</summary>
public sealed partial class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);
    public List<Sample> Samples { get; } = [];

    public static PrometheusText Parse(string text)
    {
        var result = new PrometheusText();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                Assert.Equal(4, parts.Length);
                Assert.Contains(parts[3], new[] { "counter", "gauge", "histogram", "summary", "untyped" });
                Assert.True(result.Types.TryAdd(parts[2], parts[3]), $"TYPE twice for {parts[2]}");
                continue;
            }

            if (line.StartsWith('#'))
            {
                Assert.StartsWith("# HELP ", line);
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a sample: {line}");
            var name = match.Groups["name"].Value;
            var family = FamilyOf(name, result.Types);
            Assert.True(family is not null, $"{name} has no TYPE before it");
            var labels = Labels(match.Groups["labels"].Value);
            var value = match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "NaN" => double.NaN,
                var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            result.Samples.Add(new Sample(name, labels, value));
        }

        return result;
    }

    /// <summary>The one sample with exactly these labels (none when omitted).</summary>
    public double Value(string name, Dictionary<string, string>? labels = null)
    {
        var matches = Find(name, labels);
        return Assert.Single(matches).Value;
    }

    /// <summary>The values of one label over a metric's samples, sorted.</summary>
    public List<string> LabelValues(string name, string label) =>
        Samples.Where(s => s.Name == name).Select(s => s.Labels[label]).Order(StringComparer.Ordinal).ToList();

    public double ValueOrZero(string name, Dictionary<string, string> labels) => Find(name, labels).SingleOrDefault()?.Value ?? 0;

    private List<Sample> Find(string name, Dictionary<string, string>? labels)
    {
        labels ??= [];
        return Samples.Where(s => s.Name == name && s.Labels.Count == labels.Count && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();
    }

    private static string? FamilyOf(string sample, Dictionary<string, string> types)
    {
        if (types.ContainsKey(sample))
        {
            return sample;
        }

        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sample.EndsWith(suffix, StringComparison.Ordinal) && types.TryGetValue(sample[..^suffix.Length], out var type) && type is "histogram" or "summary")
            {
                return sample[..^suffix.Length];
            }
        }

        return null;
    }

    private static Dictionary<string, string> Labels(string text)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length)
        {
            var equals = text.IndexOf("=\"", position, StringComparison.Ordinal);
            Assert.True(equals > position, $"bad labels: {text}");
            var name = text[position..equals];
            Assert.Matches("^[a-zA-Z_][a-zA-Z0-9_]*$", name);
            var value = new StringBuilder();
            var i = equals + 2;
            for (; text[i] != '"'; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                    value.Append(text[i] switch { 'n' => '\n', var c => c });
                }
                else
                {
                    value.Append(text[i]);
                }
            }

            Assert.True(labels.TryAdd(name, value.ToString()), $"label {name} twice: {text}");
            position = i + 1;
            if (position < text.Length)
            {
                Assert.Equal(',', text[position]);
                position++;
            }
        }

        return labels;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)( \d+)?$")]
    private static partial Regex SampleLine();
}

/// <summary><c>HappyButtons:Metrics:AllowAnonymous</c>: a scraper in a trusted network needs no key.</summary>
public sealed class MetricsAnonymousTests(MetricsAnonymousTests.Site site) : IClassFixture<MetricsAnonymousTests.Site>
{
    public sealed class Site() : HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Metrics:AllowAnonymous"] = "true" });

    [Fact]
    public async Task WithAllowAnonymous_TheScrapeAnswersWithoutAKey()
    {
        var response = await site.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE happybuttons_orders_count gauge", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The database gauges on PostgreSQL (one model, two providers): read without an error, and they move.</summary>
public sealed class MetricsPostgresTests(MetricsPostgresTests.Site site) : IClassFixture<MetricsPostgresTests.Site>
{
    public sealed class Site() : ConversationSite(Intake.Pipeline.PipelineTestSite.OnProvider(null, Support.TestProvider.PostgreSql));

    [Fact]
    public async Task TheDatabaseGauges_AreReadOnPostgreSql()
    {
        var api = site.ApiClient();
        var salesOpen = new Dictionary<string, string> { ["department"] = "sales", ["state"] = "open" };
        var before = PrometheusText.Parse(await api.GetStringAsync("/metrics"));

        await site.ReceiveAsync("sales", ConversationSite.Mail("Anfrage Metriken Pg", ConversationSite.Order));
        var after = PrometheusText.Parse(await api.GetStringAsync("/metrics"));

        Assert.Equal(before.Value("happybuttons_conversations_count", salesOpen) + 1, after.Value("happybuttons_conversations_count", salesOpen));
        Assert.Equal(0, after.Value("happybuttons_orders_count", new() { ["state"] = "created" }));
        Assert.Equal(0, after.Value("happybuttons_messages_count", new() { ["status"] = "received" }) + after.Value("happybuttons_messages_count", new() { ["status"] = "processing" }));
        Assert.Equal(0, after.Value("happybuttons_outgoing_mail_count", new() { ["status"] = "sending" }));
        Assert.Equal(0, after.Value("happybuttons_metrics_database_errors_total"));
    }
}
