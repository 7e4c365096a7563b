using System.Text;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Intake.Pipeline;

namespace HappyButtons.Tests.Intake.Persistence;

/// <summary>One running application shared by the intake persistence tests, with demo mails as raw RFC 5322 text.</summary>
public sealed class IntakeSite() : PipelineTestSite
{
    /// <summary>A demo mail as the raw text a mail server would deliver.</summary>
    public static string Raw(IntakeMessage message, string? messageId = null)
    {
        var raw = new StringBuilder();
        raw.Append($"From: {message.From}\r\n");
        raw.Append($"To: {string.Join(", ", message.To.Select(t => t.Address))}\r\n");
        if (message.ReplyTo is { } replyTo) raw.Append($"Reply-To: {replyTo.Address}\r\n");
        raw.Append($"Subject: {message.Subject}\r\n");
        raw.Append("Date: Fri, 20 Nov 2026 10:15:00 +0100\r\n");
        raw.Append($"Message-ID: <{messageId ?? Guid.NewGuid().ToString("N")}@test.example>\r\n");
        foreach (var name in message.Headers.Names.Where(n => !n.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            raw.Append($"{name}: {message.Headers[name]}\r\n");
        raw.Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        raw.Append(message.BodyText.Replace("\n", "\r\n")).Append("\r\n");
        return raw.ToString();
    }

    public async Task<MessageDetail> ProcessAsync(string mailbox, IntakeMessage demo) =>
        await WaitProcessedAsync(await UploadAsync(mailbox, Raw(demo)));
}
