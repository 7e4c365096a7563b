using System.Text;

namespace HappyButtons.Tests.Mail.Imap;

/// <summary>Raw RFC 5322 messages for live tests, each unique so tests can find their own mail.</summary>
internal static class TestMessages
{
    public static byte[] Create(string to, string subject, string? body = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var text = $"From: Kunde <kunde@example.test>\r\nTo: {to}\r\nSubject: {subject} {id}\r\n"
            + $"Message-ID: <{id}@example.test>\r\nDate: {DateTimeOffset.UtcNow:R}\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + (body ?? "Guten Tag,\r\nwir bestellen 500 Knöpfe.\r\n.\r\n..Punkte am Zeilenanfang\r\nGrüße\r\n");
        return Encoding.UTF8.GetBytes(text);
    }
}
