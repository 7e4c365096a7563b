using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Agents.Finance;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using MimeKit;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>The finance agent: invoice copies with the PDF, payments matched to open invoices, bank changes held — never confirmed by reply.</summary>
public sealed class FinanceAgentTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentSite _site = new();

    public Task InitializeAsync() => _site.SeedCatalogAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private FinanceAgent Agent => _site.Services.GetRequiredService<FinanceAgent>();

    private async Task<(OrderCreated Order, string Invoice, decimal Gross)> InvoicedAsync(string customer, string po)
    {
        var order = await _site.OrderAsync(customer, po, OrderState.Invoiced, new NewOrderLine("HB-HN-2007", 2000));
        var detail = (await _site.Services.GetRequiredService<OrderQueries>().GetAsync(order.Id, None))!;
        return (order, detail.Documents.Single(d => d.Kind == DocumentKind.Invoice).Number, detail.Totals.Gross);
    }

    [Fact]
    public async Task AnInvoiceCopyRequest_IsAnsweredWithTheInvoicePdfAttached_WhenApproved()
    {
        var (order, invoice, _) = await InvoicedAsync("30102", "TH-88");
        var task = await _site.TaskForAsync("finance", AgentSite.Mail($"Bitte um Rechnungskopie {invoice}",
            $"Sehr geehrte Damen und Herren,\n\nfür unseren Jahresabschluss benötigen wir eine Kopie Ihrer Rechnung {invoice}. " +
            "Das Original ist bei uns leider nicht auffindbar.\n\nBitte senden Sie die Kopie als PDF.\n\nDanke und freundliche Grüße\nAlex Huber",
            AgentSite.From("Alex Huber", "alex@trachten-huber.de"), "finance@happybuttons.de"));

        Assert.Equal("finance", task.Agent);
        var copy = task.Of(ProposalKind.InvoiceCopy)!;
        Assert.Equal(invoice, copy.Payload.String("invoiceNumber"));
        Assert.Equal(order.Number, copy.Payload.String("orderNumber"));
        Assert.Contains("invoice_number", copy.Reason);
        var reply = task.Of(ProposalKind.Reply)!;
        Assert.Contains($"Kopie der Rechnung {invoice}", reply.Payload.String("body"));

        var result = await _site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Fiona Finanz"), task.Version, None);

        Assert.True(result.Succeeded, result.Detail);
        var eml = await PickedUpAsync(result.SentMessageId!);
        var pdf = Assert.Single(eml.Attachments.OfType<MimePart>());
        Assert.Equal($"Rechnung-{invoice}.pdf", pdf.FileName);
        Assert.Equal("alex@trachten-huber.de", eml.To.Mailboxes.Single().Address);
    }

    /// <summary>The reply as the pickup folder received it (the delivery job runs in the background).</summary>
    private async Task<MimeMessage> PickedUpAsync(string messageId)
    {
        var folder = Path.Combine(_site.DataDirectory, "outbox");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml", SearchOption.AllDirectories) : [];
            if (files.Select(f => MimeMessage.Load(f)).FirstOrDefault(m => m.MessageId == messageId) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                await using var context = await _site.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Engine.Storage.HappyButtonsDbContext>>().CreateDbContextAsync();
                var rows = string.Join("; ", context.OutgoingMail.Select(m => m.MessageIdHeader + " " + m.Status + " " + m.LastError + " job " + m.JobId));
                Assert.Fail($"the reply {messageId} never reached the pickup folder: files {string.Join(", ", files)}; rows {rows}");
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task APaymentNotice_IsMatchedToTheOpenInvoice_ByNumberAndAmount()
    {
        var (order, invoice, gross) = await InvoicedAsync("30101", "ML-1");
        var amount = gross.ToString("#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
        var context = AgentSite.Context("finance", Intent.PaymentNotice, Language.De, "30101", "Zahlungsavis",
            $"Sehr geehrte Damen und Herren,\n\nwir haben heute {amount} EUR für Ihre Rechnung {invoice} überwiesen.\n\nMit freundlichen Grüßen\nBuchhaltung");

        var proposal = Assert.Single(await Agent.ProposeAsync(context, None));

        Assert.Equal(ProposalKind.Reply, proposal.Kind);
        var match = Assert.Single(((JsonArray)proposal.Payload["matches"]!).OfType<JsonObject>());
        Assert.Equal(order.Number, match.String("orderNumber"));
        Assert.True(match["amountMatches"]!.GetValue<bool>());
        Assert.InRange(proposal.Confidence, 0.9, 1);
        Assert.Contains($"matches the open invoice {invoice}", proposal.Reason);
    }

    [Fact]
    public async Task AnEnglishPaymentNotice_WithoutNumbers_IsMatchedByTheAmount()
    {
        var (order, _, gross) = await InvoicedAsync("30104", "BW-7");
        var context = AgentSite.Context("finance", Intent.PaymentNotice, Language.En, "30104", "Remittance advice",
            $"Dear Sir or Madam,\n\nplease be advised that we have transferred EUR {gross.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture)} today.\n\nBest regards, Accounts Payable");

        var proposal = Assert.Single(await Agent.ProposeAsync(context, None));

        Assert.Equal(order.Number, ((JsonArray)proposal.Payload["matches"]!)[0]!["orderNumber"]!.GetValue<string>());
        Assert.StartsWith("Dear Sir or Madam,", proposal.Payload.String("body"));
    }

    [Theory]
    [InlineData("de", "Wichtig: Änderung unserer Bankverbindung", "bitte überweisen Sie ab sofort auf unser neues Konto IBAN LT12 3250 0123 4567 8901 und bestätigen Sie die Änderung per Antwort.")]
    [InlineData("en", "Updated bank details", "please update our bank account to IBAN GB33 BUKB 2020 1555 5555 55 and confirm by return email.")]
    public async Task ABankChange_IsHeldWithTheCallBackSteps_AndNeverGetsAReply(string language, string subject, string text)
    {
        var context = AgentSite.Context("finance", Intent.BankChange, language == "en" ? Language.En : Language.De, "30101", subject, text,
            new ReplyContact(ContactGender.Female, null, "Claudia", "Lindner"));

        var proposals = await Agent.ProposeAsync(context, None);

        var hold = Assert.Single(proposals);
        Assert.Equal(ProposalKind.Hold, hold.Kind);
        Assert.Contains(((JsonArray)hold.Payload["steps"]!).Select(s => s!.ToString()), s => s.Contains("phone number on file"));
        Assert.DoesNotContain(proposals, p => p.Kind == ProposalKind.Reply);
    }

    [Fact]
    public async Task ALookalikeBankChangeMail_ThroughThePipeline_GetsOnlyAHold()
    {
        var raw = "From: Modehaus Lindner GmbH – Buchhaltung <buchhaltung@rnodehaus-lindner.de>\r\nTo: finance@happybuttons.de\r\n" +
                  "Reply-To: modehaus.lindner.zahlung@mail-finanzservice.com\r\nSubject: Wichtig: Änderung unserer Bankverbindung\r\n" +
                  "Date: Fri, 20 Nov 2026 10:15:00 +0100\r\nMessage-ID: <" + Guid.NewGuid().ToString("N") + "@rnodehaus-lindner.de>\r\n" +
                  "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
                  "Sehr geehrte Damen und Herren,\r\n\r\naufgrund einer Umstellung unserer Hausbank bitten wir Sie, alle künftigen Zahlungen ab sofort " +
                  "ausschließlich auf unser neues Konto zu überweisen:\r\n\r\nIBAN: LT12 3250 0123 4567 8901\r\nBIC: REVOLT21\r\n\r\nBitte bestätigen Sie uns die " +
                  "Änderung kurz per Antwort auf diese E-Mail.\r\n\r\nMit freundlichen Grüßen\r\nBuchhaltung\r\n";

        var task = await _site.TaskForAsync("finance", raw);

        Assert.Equal(ProposalKind.Hold, Assert.Single(task.Proposals).Kind);
        Assert.False(task.AutoExecuted);
    }
}
