using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HappyButtons.Tests.Orders;

/// <summary>
/// The delivery mail: an order reaching <c>delivered</c> sends its customer one mail (delivery note, five survey links, §35a
/// signature, in their language) through the outbox and the pickup folder; a click on a link rates the delivery.
/// </summary>
public sealed class DeliveryMailTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentSite _site = new();

    public Task InitializeAsync() => _site.SeedCatalogAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private IDbContextFactory<HappyButtonsDbContext> Contexts => _site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();

    [Fact]
    public async Task Delivered_SendsOneGermanMail_ToTheConversationsCustomer_WithTheDeliveryNote_AndFiveLinksThatRateTheDelivery()
    {
        var (message, conversationId) = await _site.ReceiveAsync("sales", AgentSite.Mail("Bestellung TH-88",
            "Sehr geehrte Damen und Herren,\n\nwir bestellen 2000 Hornknöpfe HB-HN-2007.\n\nMit freundlichen Grüßen\nAlex Huber",
            AgentSite.From("Alex Huber", "alex@trachten-huber.de")));
        var order = await OrderAsync("30102", "TH-88", message.Id, conversationId);

        await MoveAsync(order.Id, OrderState.Delivered);

        var mail = await PickedUpAsync(order.Number);
        Assert.Equal("alex@trachten-huber.de", mail.To.Mailboxes.Single().Address);
        Assert.Equal("sales@happybuttons.de", mail.From.Mailboxes.Single().Address);
        Assert.Contains(order.Number, mail.Subject);
        Assert.Contains("TH-88", mail.Subject);
        Assert.Contains("wurde zugestellt", mail.Subject);
        var text = mail.TextBody;
        Assert.Contains("Den Lieferschein", text);
        Assert.Contains("finden Sie im Anhang", text);
        Assert.Contains("Mit freundlichen Grüßen", text);
        Assert.Contains("Registergericht: Amtsgericht München · HRB 234567", text);
        Assert.Contains("Geschäftsführung: Anna Knopf, Bernd Faden", text);
        var pdf = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Matches(@"^Lieferschein-.+\.pdf$", pdf.FileName);
        var links = Links(text);
        Assert.Equal(["1", "2", "3", "4", "5"], links.Select(l => l.Rating).Order());
        var survey = _site.Services.GetRequiredService<CustomerSurvey>();
        Assert.All(links, l => Assert.Equal(order.Id, survey.OrderOf(l.Token)));
        Assert.Contains("sehr zufrieden", text);
        Assert.Contains("sehr unzufrieden", text);
        Assert.Equal(5, Regex.Matches(mail.HtmlBody, "/survey/[^\"]+rating=[1-5]").Count);

        var timeline = (await _site.Services.GetRequiredService<ConversationQueries>().GetAsync(conversationId, null, None))!.Timeline;
        var entry = Assert.Single(timeline, e => e.Kind == EntryKind.Outgoing);
        Assert.Equal(mail.Subject, entry.Subject);
        Assert.Equal(mail.MessageId, entry.MessageIdHeader);

        var customer = Navigating(_site.CreateBrowserClient());
        var rated = await customer.GetAsync(links.Single(l => l.Rating == "4").Url);

        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Contains("Vielen Dank für Ihre Bewertung", await rated.Content.ReadAsStringAsync());
        var kpis = await _site.ApiClient().GetFromJsonAsync<JsonElement>("/api/kpis?department=sales");
        Assert.Equal(100.0, kpis.GetProperty("customerSatisfaction").GetDouble());
    }

    [Fact]
    public async Task ARetriedOrDuplicatedTransition_SendsTheMailOnce()
    {
        var order = await OrderAsync("30102", "TH-89");
        await MoveAsync(order.Id, OrderState.Shipped);
        var orders = _site.Orders;

        var racing = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => orders.TransitionAsync(order.Id, OrderState.Delivered, OrderActor.Administrator("test"))));
        var retried = await orders.TransitionAsync(order.Id, OrderState.Delivered, OrderActor.Administrator("test"));

        Assert.Single(racing, r => r.Succeeded);
        Assert.False(retried.Succeeded);
        await PickedUpAsync(order.Number);
        await Task.Delay(1500);
        Assert.Single(PickupFiles(), m => m.MessageId == MessageId(order.Number));
        await using var context = await Contexts.CreateDbContextAsync();
        Assert.Equal(1, await context.OutgoingMail.CountAsync(m => m.MessageIdHeader == MessageId(order.Number)));
    }

    [Fact]
    public async Task ACustomerWithoutAnEmailAddress_GetsNoMail_AndTheOrderHistorySaysWhy()
    {
        await using (var context = await Contexts.CreateDbContextAsync())
        {
            context.Customers.Add(new Customer { Number = "40001", Name = "Ohne Mail KG", Type = "regular", Version = 1 });
            await context.SaveChangesAsync();
        }

        var order = await OrderAsync("40001", "OM-1");

        await MoveAsync(order.Id, OrderState.Delivered);

        var detail = (await _site.Services.GetRequiredService<OrderQueries>().GetAsync(order.Id, None))!;
        var step = detail.History.Single(h => h.To == OrderState.Delivered);
        Assert.Contains("No delivery mail", step.Reason);
        Assert.Contains("e-mail address", step.Reason);
        await using var after = await Contexts.CreateDbContextAsync();
        Assert.False(await after.OutgoingMail.AnyAsync(m => m.MessageIdHeader == MessageId(order.Number)));
        Assert.True(await after.AuditLog.AnyAsync(a => a.Action == DeliveryMail.AuditAction && a.Target == OrderService.AuditTarget(order.Number)));
    }

    [Fact]
    public async Task AnEnglishCustomer_GetsTheMailInEnglish_AtTheirFirstContact()
    {
        var order = await OrderAsync("30104", "BW-2026-17");

        await MoveAsync(order.Id, OrderState.Delivered);

        var mail = await PickedUpAsync(order.Number);
        Assert.Equal("o.grant@brightwear.co.uk", mail.To.Mailboxes.Single().Address);
        Assert.Contains("has been delivered", mail.Subject);
        Assert.Contains("BW-2026-17", mail.Subject);
        Assert.StartsWith("Dear Oliver Grant,", mail.TextBody);
        Assert.Contains("Please find the delivery note", mail.TextBody);
        Assert.Contains("very satisfied", mail.TextBody);
        Assert.Contains("Kind regards", mail.TextBody);
        Assert.Contains("Registered office: München", mail.TextBody);
        Assert.DoesNotContain("Sehr geehrte", mail.TextBody);
        Assert.Matches(@"^Delivery-note-.+\.pdf$", Assert.Single(mail.Attachments.OfType<MimePart>()).FileName);
    }

    [Fact]
    public async Task ALinkScannerFetchingTheLink_RecordsNothing_TheConfirmButtonDoes_AndASecondRatingReplacesTheFirst()
    {
        var order = await OrderAsync("30102", "TH-90");
        await MoveAsync(order.Id, OrderState.Delivered);
        var links = Links((await PickedUpAsync(order.Number)).TextBody);
        var scanner = _site.CreateBrowserClient();

        var prefetched = await scanner.GetAsync(links.Single(l => l.Rating == "5").Url);
        var page = await prefetched.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, prefetched.StatusCode);
        Assert.Contains("value=\"5\" required checked", page);
        Assert.Equal(0, await AnswersAsync(order.Id));

        var form = Regex.Match(page, "<form method=\"post\" action=\"([^\"]+)\"><input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
        var action = WebUtility.HtmlDecode(form.Groups[1].Value);
        var withoutToken = await scanner.PostAsync(action, new FormUrlEncodedContent([new("rating", "5")]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(0, await AnswersAsync(order.Id));

        var confirmed = await scanner.PostAsync(action, new FormUrlEncodedContent([new(form.Groups[2].Value, WebUtility.HtmlDecode(form.Groups[3].Value)), new("rating", "5")]));
        Assert.Contains("Vielen Dank für Ihre Bewertung", await confirmed.Content.ReadAsStringAsync());

        var changed = await Navigating(_site.CreateBrowserClient()).GetAsync(links.Single(l => l.Rating == "2").Url);
        Assert.Contains("updated your rating", await changed.Content.ReadAsStringAsync());
        await using var context = await Contexts.CreateDbContextAsync();
        Assert.Equal(2, (await context.SurveyResponses.SingleAsync(r => r.OrderId == order.Id)).Rating);
    }

    [Fact]
    public async Task SwitchedOff_NoDeliveryMailIsQueued()
    {
        await using var site = new AgentSite(new Dictionary<string, string?> { ["HappyButtons:Orders:DeliveryMail"] = "false" });
        await site.SeedCatalogAsync();
        var order = await site.OrderAsync("30102", "TH-91", OrderState.Delivered, new NewOrderLine("HB-HN-2007", 2000));

        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        Assert.False(await context.OutgoingMail.AnyAsync(m => m.MessageIdHeader == MessageId(order.Number)));
        Assert.Equal("delivered", (await context.Orders.SingleAsync(o => o.Id == order.Id)).State);
    }

    private async Task<int> AnswersAsync(long orderId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.SurveyResponses.CountAsync(r => r.OrderId == orderId);
    }

    /// <summary>What a browser sends when a person clicks a link in the mail program.</summary>
    private static HttpClient Navigating(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Sec-Fetch-Mode", "navigate");
        client.DefaultRequestHeaders.Add("Sec-Fetch-User", "?1");
        client.DefaultRequestHeaders.Add("Sec-Fetch-Dest", "document");
        return client;
    }

    private sealed record SurveyLink(string Url, string Token, string Rating);

    private static List<SurveyLink> Links(string text) => Regex.Matches(text, @"\S*/survey/([^\s?]+)\?rating=([1-5])")
        .Select(m => new SurveyLink(m.Value, Uri.UnescapeDataString(m.Groups[1].Value), m.Groups[2].Value)).ToList();

    private static string MessageId(string orderNumber) => DeliveryMail.MessageIdFor(orderNumber, "happybuttons.de");

    private async Task<OrderCreated> OrderAsync(string customer, string po, long? messageId = null, long? conversationId = null)
    {
        var created = await _site.Orders.CreateAsync(new NewOrder(customer, po, [new NewOrderLine("HB-HN-2007", 2000)], null, messageId, conversationId), "test", None);
        Assert.True(created.Created is not null, string.Join(" ", created.Errors));
        return created.Created!;
    }

    private async Task MoveAsync(long orderId, OrderState to)
    {
        var current = (await _site.Services.GetRequiredService<OrderQueries>().GetAsync(orderId, None))!.State;
        foreach (var state in OrderStates.All.Skip(1).SkipWhile(s => s <= current).TakeWhile(s => s != to).Append(to))
        {
            var step = await _site.Orders.TransitionAsync(orderId, state, OrderActor.Administrator("test"));
            Assert.True(step.Succeeded, $"{state}: {step.Refusal}");
        }
    }

    private List<MimeMessage> PickupFiles()
    {
        var folder = Path.Combine(_site.DataDirectory, "outbox");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml", SearchOption.AllDirectories).Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    /// <summary>The order's delivery mail as the pickup folder received it (the delivery job runs in the background).</summary>
    private async Task<MimeMessage> PickedUpAsync(string orderNumber)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (PickupFiles().FirstOrDefault(m => m.MessageId == MessageId(orderNumber)) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                await using var context = await Contexts.CreateDbContextAsync();
                var rows = string.Join("; ", context.OutgoingMail.Select(m => m.MessageIdHeader + " " + m.Status + " " + m.LastError + " job " + m.JobId));
                var history = string.Join("; ", context.OrderTransitions.Select(t => t.ToState + " " + t.Reason));
                Assert.Fail($"the delivery mail of {orderNumber} never reached the pickup folder: rows {rows}; history {history}");
            }

            await Task.Delay(200);
        }
    }
}
