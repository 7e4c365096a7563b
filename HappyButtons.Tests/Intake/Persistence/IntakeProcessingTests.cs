using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Persistence;

public sealed class IntakeProcessingTests(IntakeSite site) : IClassFixture<IntakeSite>
{
    [Fact]
    public async Task AnOemCallOff_MailedToInfo_LandsInSales_AndTheApiShowsClassificationRuleSlaAndRisk()
    {
        var message = await site.ProcessAsync("info", DemoMessages.Get("oem-call-off"));
        var json = await site.ApiClient().GetFromJsonAsync<JsonElement>($"/api/messages/{message.Id}");

        var classification = json.GetProperty("classification");
        Assert.Equal("sales", classification.GetProperty("department").GetString());
        Assert.Equal("order", classification.GetProperty("intent").GetString());
        Assert.Equal("high", classification.GetProperty("urgency").GetString());
        Assert.Equal("de", classification.GetProperty("language").GetString());
        Assert.True(classification.GetProperty("isOem").GetBoolean());
        Assert.Equal("10042", classification.GetProperty("customerId").GetString());
        Assert.InRange(classification.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.Equal("oem-order", json.GetProperty("rule").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("slaDueAt").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("risk").GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("risk").GetProperty("signals").ValueKind);
        Assert.Equal("processed", json.GetProperty("status").GetString());
        var sales = await site.Services.GetRequiredService<MessageQueries>().ListAsync(new MessageFilter(Department: "sales", PageSize: 200), CancellationToken.None);
        Assert.Contains(sales.Items, m => m.Id == message.Id && m.Intake!.IsOem == true);
    }

    [Fact]
    public async Task ABankChangeFromALookalikeDomain_GoesToFinance_OnFraudHold_WithAHighRisk()
    {
        var message = await site.ProcessAsync("info", DemoMessages.Get("bank-change-fraud"));
        var json = await site.ApiClient().GetFromJsonAsync<JsonElement>($"/api/messages/{message.Id}");

        Assert.Equal("finance", message.Department);
        Assert.True(message.Intake!.FraudHold);
        Assert.Equal("never", message.Intake.Automation);
        Assert.Equal("bank_change", json.GetProperty("classification").GetProperty("intent").GetString());
        Assert.True(json.GetProperty("risk").GetProperty("score").GetInt32() >= 50);
        Assert.NotEmpty(json.GetProperty("risk").GetProperty("signals").EnumerateArray());
    }

    [Fact]
    public async Task AnOutOfOfficeReply_IsArchived_InItsMailbox_WithoutAnSla()
    {
        var message = await site.ProcessAsync("sales", DemoMessages.Get("out-of-office"));

        Assert.True(message.Intake!.Archived);
        Assert.Equal("sales", message.Department);
        Assert.Equal("auto_reply", message.Intake.Intent);
        Assert.Null(message.Intake.SlaDueAt);
    }

    [Fact]
    public async Task AMailWithoutText_NeedsReview_InInfo_WithTheReason()
    {
        var message = await site.WaitProcessedAsync(await site.UploadAsync("sales", PipelineTestSiteMail("", "")));

        Assert.Equal(MessageStatus.NeedsReview, message.Status);
        Assert.Equal("info", message.Department);
        Assert.Contains("Classification uncertain", message.StatusReason);
    }

    [Fact]
    public async Task AFailingRule_SendsTheMailToInfoForReview_WithTheErrorAsReason()
    {
        var rules = site.Services.GetRequiredService<RoutingRuleStore>();
        var slow = new RoutingRule("slow-regex", "Catastrophic regex", 1, new RuleConditions { Regex = "(a+)+b" }, new RuleActions { Tags = ["never"] }, StopProcessing: false);
        Assert.True((await rules.SaveAsync(slow, null, "tester", CancellationToken.None)).Succeeded);
        try
        {
            var message = await site.WaitProcessedAsync(await site.UploadAsync("sales",
                PipelineTestSiteMail("aaaa", new string('a', 40) + "!")));

            Assert.Equal(MessageStatus.NeedsReview, message.Status);
            Assert.Equal("info", message.Department);
            Assert.Contains("Routing failed: rule slow-regex", message.StatusReason);
            Assert.Contains("routing-error", message.Intake!.Tags);
        }
        finally
        {
            await rules.DeleteAsync("slow-regex", "tester", CancellationToken.None);
        }
    }

    [Fact]
    public async Task ACorrection_TeachesTheClassifier_MovesTheMessage_AndIsStored()
    {
        var text = "Knopfmuseum\nKönnen Sie uns alte Knöpfe für unsere Ausstellung im Knopfmuseum leihen? Wir zahlen die Versicherung.";
        var message = await site.WaitProcessedAsync(await site.UploadAsync("info", PipelineTestSiteMail("Knopfmuseum", text.Split('\n')[1])));
        var classifier = site.Services.GetRequiredService<MessageClassifier>();
        var corrections = site.Services.GetRequiredService<MessageCorrections>();

        var result = await corrections.CorrectAsync(message.Id, "quote_request", "sales", "tester", CancellationToken.None);
        var after = await site.Services.GetRequiredService<MessageQueries>().GetAsync(message.Id, CancellationToken.None);
        var stored = await site.Services.GetRequiredService<ITrainingExampleStore>().ListAsync();

        Assert.Equal(CorrectionOutcome.Corrected, result.Outcome);
        Assert.Equal("sales", after!.Department);
        Assert.Equal("quote_request", after.Intake!.Intent);
        Assert.Equal(Intent.QuoteRequest, classifier.Predict(MessageClassifier.TextOf(IntakeMessageMapper.FromStored(after))).Intent);
        Assert.Contains(stored, e => e.Intent == Intent.QuoteRequest && e.Text.Contains("Knopfmuseum"));

        // The conversation the mail opened follows it, with the move in its timeline, in the same transaction.
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var conversationId = await context.ConversationEntries.Where(e => e.MessageId == message.Id).Select(e => e.ConversationId).SingleAsync();
        var conversation = await context.Conversations.Include(c => c.Entries).SingleAsync(c => c.Id == conversationId);
        Assert.Equal("sales", conversation.Department);
        Assert.Null(conversation.AssigneeId);
        Assert.Contains(conversation.Entries, e => e.EventCode == "moved" && e.EventDetail!.EndsWith($">sales>{MessageCorrections.CorrectedMark}") && e.AuthorName == "tester");
    }

    [Fact]
    public async Task ACorrectionOfALaterMail_LeavesItsConversationWhereItIs()
    {
        var first = await site.WaitProcessedAsync(await site.UploadAsync("support",
            PipelineTestSiteMail("Knopf defekt", "Die gelieferten Knöpfe sind gebrochen, bitte um Ersatz.")));
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var conversationId = await context.ConversationEntries.Where(e => e.MessageId == first.Id).Select(e => e.ConversationId).SingleAsync();
        var department = await context.Conversations.Where(c => c.Id == conversationId).Select(c => c.Department).SingleAsync();
        var later = await site.WaitProcessedAsync(await site.UploadAsync("support",
            PipelineTestSiteMail($"Re: Knopf defekt [{TicketNumber.Format(conversationId)}]", "Außerdem möchten wir 500 Stück nachbestellen.")));
        Assert.Equal(conversationId, await context.ConversationEntries.Where(e => e.MessageId == later.Id).Select(e => e.ConversationId).SingleAsync());

        await site.Services.GetRequiredService<MessageCorrections>().CorrectAsync(later.Id, "order", "sales", "tester", CancellationToken.None);

        Assert.Equal("sales", (await site.Services.GetRequiredService<MessageQueries>().GetAsync(later.Id, CancellationToken.None))!.Department);
        Assert.Equal(department, await context.Conversations.AsNoTracking().Where(c => c.Id == conversationId).Select(c => c.Department).SingleAsync());
    }

    [Fact]
    public async Task ACorrectionToBankChange_RunsTheRulesAgain_AndPutsTheMessageOnFraudHold()
    {
        var message = await site.WaitProcessedAsync(await site.UploadAsync("info",
            PipelineTestSiteMail("Stammdaten", "Bitte aktualisieren Sie unsere Stammdaten gemäß beiliegendem Schreiben. Danke!")));

        await site.Services.GetRequiredService<MessageCorrections>().CorrectAsync(message.Id, "bank_change", "finance", "tester", CancellationToken.None);
        var after = await site.Services.GetRequiredService<MessageQueries>().GetAsync(message.Id, CancellationToken.None);

        Assert.Equal("finance", after!.Department);
        Assert.True(after.Intake!.FraudHold);
        Assert.Equal("bank-change", after.Intake.RuleId);
        Assert.Equal("finance", after.Intake.SlaPolicy);
        Assert.Equal(MessageStatus.Processed, after.Status);
    }

    [Fact]
    public async Task ABreachedLineDownMessage_IsEscalatedOnce_AndTheContactsGetANotice()
    {
        var message = await site.ProcessAsync("support", DemoMessages.Get("oem-line-down"));
        Assert.Equal("support", message.Department);
        var escalation = site.Services.CreateScope().ServiceProvider.GetRequiredService<SlaEscalation>();
        var afterDue = message.Intake!.SlaDueAt!.Value.AddMinutes(1);

        await escalation.EscalateDueAsync(afterDue, CancellationToken.None);
        await escalation.EscalateDueAsync(afterDue.AddMinutes(5), CancellationToken.None);

        var escalated = await site.Services.GetRequiredService<MessageQueries>().GetAsync(message.Id, CancellationToken.None);
        Assert.NotNull(escalated!.Intake!.EscalatedAt);
        Assert.Equal("critical", escalated.Intake.Priority);
        await using (var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(1, await context.Escalations.CountAsync(e => e.MessageId == message.Id));
        }
        var notice = await WaitForNoticeAsync(message.Id);
        Assert.Contains(notice.To, a => a.Address == "qualitaet@happybuttons.de");
        Assert.StartsWith("[SLA-Eskalation]", notice.Subject);
        var admin = await site.SignInAsync("admin", Web.HappyButtonsFactory.AdminPassword, "info");
        var slaPage = await Web.HtmlForms.GetDocumentAsync(admin, "/admin/sla");
        Assert.NotNull(slaPage.QuerySelector($"#escalations tr[data-message='{message.Id}']"));
    }

    /// <summary>The notice goes through the durable outbox (the mail.send job), so it lands in outbox/ shortly after.</summary>
    private async Task<ParsedMail> WaitForNoticeAsync(long messageId)
    {
        var outbox = Path.Combine(site.DataDirectory, "outbox");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var notices = (Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml") : [])
                .Select(f => MailParser.Default.Parse(File.ReadAllBytes(f)))
                .Where(m => m.TextBody?.Contains($"message {messageId} ") == true).ToList();
            if (notices.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(notices);
            }

            await Task.Delay(100);
        }
    }

    private static string PipelineTestSiteMail(string subject, string body) =>
        Pipeline.PipelineTestSite.SimpleMail(subject, body, from: "Jemand <jemand@beispiel-firma.de>");
}
