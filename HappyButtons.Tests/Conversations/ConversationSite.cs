using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Conversations;

/// <summary>The running application (no SMTP: replies go to the pickup folder) with a clock the tests move.</summary>
public class ConversationSite : PipelineTestSite
{
    public ConversationSite() : this(null)
    {
    }

    /// <summary>The company's data is always there (the §35a signature of every reply needs it); <paramref name="settings"/> add to it.</summary>
    protected ConversationSite(IDictionary<string, string?>? settings) : base(WithCompany(settings)) => Clock = Time;

    private static Dictionary<string, string?> WithCompany(IDictionary<string, string?>? settings)
    {
        var all = Orders.OrdersWebSite.CompanySettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    public OffsetClock Time { get; } = new();

    public ConversationQueries Queries => Services.GetRequiredService<ConversationQueries>();
    public ConversationWork Work => Services.GetRequiredService<ConversationWork>();
    public ConversationReplies Replies => Services.GetRequiredService<ConversationReplies>();

    /// <summary>Uploads a mail to the mailbox, waits until it is processed, and returns it with its conversation.</summary>
    public async Task<(MessageDetail Message, ConversationDetail Conversation)> ReceiveAsync(string mailbox, string raw)
    {
        var message = await WaitProcessedAsync(await UploadAsync(mailbox, raw));
        var id = await Queries.OfMessageAsync(message.Id, CancellationToken.None);
        Assert.True(id is not null, $"message {message.Id} ({message.Subject}) is in no conversation");
        return (message, (await Queries.GetAsync(id!.Value, null, CancellationToken.None))!);
    }

    public static string Mail(string subject, string body, string from = "Erika Muster <erika@modehaus-berger.de>", string? messageId = null,
        string? inReplyTo = null, string? references = null, string? replyTo = null)
    {
        var headers = $"From: {from}\r\nTo: sales@happybuttons.de\r\nSubject: {subject}\r\nDate: Fri, 20 Nov 2026 10:15:00 +0100\r\n" +
                      $"Message-ID: <{messageId ?? Guid.NewGuid().ToString("N") + "@modehaus-berger.de"}>\r\n";
        if (inReplyTo is not null) headers += $"In-Reply-To: <{inReplyTo}>\r\n";
        if (references is not null) headers += $"References: {references}\r\n";
        if (replyTo is not null) headers += $"Reply-To: {replyTo}\r\n";
        return headers + $"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n";
    }

    public const string Order = "Wir bestellen hiermit 5000 Stück Hornknöpfe HB-4H-18L-BLK zur Lieferung bis 15.12.2026. Bitte bestätigen Sie den Auftrag.";
}
