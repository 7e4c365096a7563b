using Bunit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Web;
using HappyButtons.Tests.Web.Messages;
using HappyButtons.Web.Workspace.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Components;

/// <summary>The inbox table against a real database: paging, sorting and search happen in the query, the list is live.</summary>
public class InboxTableTests(InboxTableTests.Site site) : IClassFixture<InboxTableTests.Site>
{
    public sealed class Site : HappyButtonsFactory, IAsyncLifetime
    {
        public AppUser Clerk { get; private set; } = default!;
        public IReadOnlyList<long> Ids { get; private set; } = [];
        public string Word { get; } = "Perlmutt" + Random.Shared.Next(1000, 9999);

        public async Task InitializeAsync()
        {
            Clerk = await CreateUserAsync("carla", "Carla-Passwort-2026", false, Departments.Info);
            var api = CreateClient();
            var ids = new List<long>();
            for (var i = 0; i < 28; i++)
            {
                // Senders in a known order; one mail with an attachment and one with a search word.
                var sender = $"Kundin {(char)('A' + i % 26)}{i:00} <kundin{i:00}@beispiel-{i:00}.de>";
                ids.Add(await MailUploads.UploadAsync(api, Departments.Info, i == 0 ? WithAttachment(sender) : MailUploads.TextMail(
                    $"Frage {i:00} zu Ihrem Katalog", $"Guten Tag, wir haben eine allgemeine Frage zu Ihrem Katalog {(i == 1 ? Word : "")}. Viele Grüße", sender)));
            }

            foreach (var id in ids)
            {
                await MailUploads.WaitUntilProcessedAsync(api, id);
            }

            Ids = ids;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private static string WithAttachment(string sender) => $"""
            From: {sender}
            To: info@happybuttons.de
            Subject: Frage 00 mit Anlage
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Guten Tag, anbei unsere Liste.
            --b
            Content-Type: text/plain; name="liste.txt"
            Content-Disposition: attachment; filename="liste.txt"

            Knopf A
            --b--
            """;
    }

    private async Task<(BunitContext Context, IRenderedComponent<MessageTable> Table, List<InboxQuery> Changes)> RenderAsync(InboxQuery? query = null, string department = Departments.Info)
    {
        var context = ComponentContext.Create(site, site.Clerk);
        var changes = new List<InboxQuery>();
        var table = context.Render<MessageTable>(p => p.Add(t => t.Department, department).Add(t => t.Query, query ?? InboxQuery.Default)
            .Add(t => t.QueryChanged, (InboxQuery q) => changes.Add(q)));
        table.WaitForAssertion(() => Assert.Equal("true", table.Find("#message-list").GetAttribute("data-loaded")), TimeSpan.FromSeconds(10));
        await Task.CompletedTask;
        return (context, table, changes);
    }

    private static List<string> Rows(IRenderedComponent<MessageTable> table) =>
        table.FindAll("td[data-message-id]").Select(td => td.GetAttribute("data-message-id")!).ToList();

    private async Task<long> TotalInInfoAsync() =>
        (await site.Services.GetRequiredService<MessageQueries>().ListAsync(new MessageFilter(Department: Departments.Info, PageSize: 1), CancellationToken.None)).Total;

    [Fact]
    public async Task ARow_ShowsSenderSubjectAttachmentsAndStatus_InGerman_AndLinksTheMessage()
    {
        var (context, table, _) = await RenderAsync(InboxQuery.Default with { Search = "Anlage" });
        await using var _ = context;

        var row = table.Find($"td[data-message-id='{site.Ids[0]}']").ParentElement!;

        Assert.Contains("Kundin A00", row.QuerySelector(".sender")!.TextContent);
        Assert.Contains("kundin00@beispiel-00.de", row.QuerySelector(".sender")!.TextContent);
        Assert.Equal("Frage 00 mit Anlage", row.QuerySelector(".subject a")!.TextContent.Trim());
        Assert.Equal($"/info/messages/{site.Ids[0]}?inbox=q%3DAnlage", row.QuerySelector(".subject a")!.GetAttribute("href"));
        Assert.Equal("1", row.QuerySelector(".attachments")!.TextContent.Trim());
        Assert.Contains(row.QuerySelector(".status [data-status]")!.TextContent.Trim(), new[] { "Verarbeitet", "Prüfung nötig" });
        Assert.Equal("1 Nachricht", table.Find("#message-total").TextContent.Trim());
    }

    [Fact]
    public async Task TheFirstPage_HoldsTwentyFive_AndTheSecondTheRest_WithoutOverlap()
    {
        var total = await TotalInInfoAsync();
        var (context, first, _) = await RenderAsync();
        await using var _ = context;
        var (context2, second, _) = await RenderAsync(InboxQuery.Default with { Page = 2 });
        await using var __ = context2;

        Assert.True(total >= 28);
        Assert.Equal(25, Rows(first).Count);
        Assert.Equal(total - 25, Rows(second).Count);
        Assert.Empty(Rows(first).Intersect(Rows(second)));
        Assert.Equal($"{total} Nachrichten", first.Find("#message-total").TextContent.Trim());
    }

    [Fact]
    public async Task SortingBySender_IsDoneInTheDatabase_AcrossPages()
    {
        var (context, table, _) = await RenderAsync(InboxQuery.Default with { Sort = MessageSort.Sender, Descending = false });
        await using var _ = context;
        var all = (await site.Services.GetRequiredService<MessageQueries>().ListAsync(
            new MessageFilter(Department: Departments.Info, PageSize: 200, Sort: MessageSort.Sender, Descending: false), CancellationToken.None)).Items;

        var names = table.FindAll("td.sender .sender-name").Select(n => n.TextContent.Trim()).ToList();

        Assert.Equal(all.Take(25).Select(m => string.IsNullOrWhiteSpace(m.FromName) ? m.FromAddress : m.FromName).ToList(), names);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase).ToList(), names);
    }

    [Theory]
    [InlineData(MessageSort.Priority, true)]
    [InlineData(MessageSort.Priority, false)]
    [InlineData(MessageSort.SlaDue, false)]
    [InlineData(MessageSort.SlaDue, true)]
    [InlineData(MessageSort.Received, false)]
    public async Task EveryOrder_IsKeptAcrossPages_WithMissingValuesLast(MessageSort sort, bool descending)
    {
        var queries = site.Services.GetRequiredService<MessageQueries>();
        var filter = new MessageFilter(Department: Departments.Info, PageSize: 10, Sort: sort, Descending: descending);
        var total = (await queries.ListAsync(filter, CancellationToken.None)).Total;
        var all = new List<MessageSummary>();
        for (var page = 1; (page - 1) * 10 < total; page++)
        {
            all.AddRange((await queries.ListAsync(filter with { Page = page }, CancellationToken.None)).Items);
        }

        static int Rank(MessageSummary m) => (m.Intake?.Priority ?? m.Intake?.Urgency) switch { "critical" => 4, "high" => 3, "normal" => 2, "low" => 1, _ => 0 };
        long? Key(MessageSummary m) => sort switch
        {
            MessageSort.Priority => Rank(m) == 0 ? null : Rank(m),
            MessageSort.SlaDue => m.Intake is { Archived: false, SlaDueAt: { } due } ? due.ToUnixTimeMilliseconds() : null,
            _ => m.ReceivedAt.ToUnixTimeMilliseconds(),
        };
        var keys = all.Select(Key).ToList();
        var present = keys.TakeWhile(k => k is not null).Select(k => k!.Value).ToList();

        Assert.Equal(total, all.Count);
        Assert.Equal(all.Count, all.Select(m => m.Id).Distinct().Count());
        Assert.All(keys.Skip(present.Count), k => Assert.Null(k));
        Assert.Equal(descending ? present.OrderDescending() : present.Order(), present);
    }

    [Fact]
    public void TheInboxView_RoundTripsThroughTheAddress_AndIgnoresNonsense()
    {
        var view = new InboxQuery("Knopf & Öse", MessageStatus.NeedsReview, 3, MessageSort.SlaDue, false);

        Assert.Equal(view, InboxQuery.Parse(view.ToQueryString()));
        Assert.Equal("/sales/messages/7?inbox=" + Uri.EscapeDataString(view.ToQueryString()), view.MessageUrl("sales", 7));
        Assert.Equal(InboxQuery.Default, InboxQuery.Parse("s=deleted&p=-4&sort=drop%20table&dir=sideways"));
        Assert.True(InboxQuery.Default.IsLive);
        Assert.False((InboxQuery.Default with { Page = 2 }).IsLive);
    }

    [Fact]
    public async Task ClickingASortHeader_SortsAndPutsTheOrderIntoTheAddress()
    {
        var (context, table, changes) = await RenderAsync();
        await using var _ = context;

        table.FindAll(".col-sender .mud-table-sort-label").Single().Click();

        table.WaitForAssertion(() => Assert.Contains(changes, q => q.Sort == MessageSort.Sender && !q.Descending && q.Page == 1));
        Assert.Equal("sort=sender&dir=asc", changes.Last().ToQueryString());
    }

    [Fact]
    public async Task Search_FindsByBodyText_AndAnEmptyResultExplainsItself()
    {
        var (context, found, _) = await RenderAsync(InboxQuery.Default with { Search = site.Word });
        await using var _ = context;
        var (context2, none, _) = await RenderAsync(InboxQuery.Default with { Search = "Quittengelee", Status = MessageStatus.Processed });
        await using var __ = context2;

        Assert.Equal([site.Ids[1].ToString()], Rows(found));
        Assert.NotNull(none.Find("#messages-empty"));
        Assert.Contains("Keine Nachricht passt zur Suche.", none.Find("#messages-empty").TextContent);
    }

    [Fact]
    public async Task AnArrivingMessage_ReloadsTheDefaultView_ButOnlyHintsInAFilteredOne()
    {
        var (context, live, _) = await RenderAsync();
        await using var _ = context;
        var (context2, filtered, _) = await RenderAsync(InboxQuery.Default with { Search = site.Word });
        await using var __ = context2;

        var id = await MailUploads.UploadAsync(site.CreateClient(), Departments.Info, MailUploads.TextMail("Neu eingetroffen: Katalogfrage", "Guten Tag, eine neue allgemeine Frage zum Katalog."));

        live.WaitForAssertion(() => Assert.Contains(id.ToString(), Rows(live)), TimeSpan.FromSeconds(30));
        filtered.WaitForAssertion(() => Assert.NotNull(filtered.Find(".new-messages-hint")), TimeSpan.FromSeconds(30));
        Assert.Equal([site.Ids[1].ToString()], Rows(filtered));
        Assert.Empty(live.FindAll(".new-messages-hint"));
    }

    [Fact]
    public async Task OpeningAndClosingTheTable200Times_LeavesNoSubscriptionBehind()
    {
        var hub = site.Services.GetRequiredService<EventHub>();
        var before = hub.SubscriberCount;

        for (var i = 0; i < 200; i++)
        {
            await using var context = ComponentContext.Create(site, site.Clerk);
            context.Render<MessageTable>(p => p.Add(t => t.Department, Departments.Info));
            context.Render<HappyButtons.Web.Workspace.PresenceList>(p => p.Add(t => t.Department, Departments.Info));
            Assert.True(hub.SubscriberCount >= before + 2);
        }

        Assert.Equal(before, hub.SubscriberCount);
    }
}
