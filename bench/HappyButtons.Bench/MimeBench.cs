using System.Diagnostics;
using System.Text;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Parsing;

namespace HappyButtons.Bench;

/// <summary>
/// Single-threaded MIME parse throughput on MimeKit: MB/s over a mixed corpus and messages/s for typical 5 KB mail, both
/// for MimeKit's own parse (MimeMessage.Load) and for our <see cref="MailParser"/>, which builds the product's ParsedMail
/// (headers decoded, bodies, attachments decoded, fidelity checks, quote/signature analysis) on top of it.
/// </summary>
public sealed class MimeBench : IBenchmark
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    public string Name => "mime";
    public string Description => "MIME on MimeKit: MB/s on a mixed corpus, messages/s on typical 5 KB messages (one thread)";

    public Task RunAsync(TextWriter output)
    {
        var typical = Enumerable.Range(0, 200).Select(TypicalMessage).ToList();
        var mixed = Enumerable.Range(0, 60).Select(MixedMessage).ToList();
        output.WriteLine($"corpus: {typical.Count} typical messages, avg {typical.Average(m => m.Length) / 1024:0.0} KB; {mixed.Count} mixed messages, {mixed.Sum(m => (long)m.Length) / 1048576.0:0.0} MB");

        Report(output, "mixed, MimeKit load + headers", mixed, raw =>
        {
            using var message = MimeKit.MimeMessage.Load(new MemoryStream(raw), persistent: true);
            _ = (message.Subject, message.From.Count, message.Date, message.Attachments.Count());
        }, bytes: true);
        Report(output, "mixed, MailParser (full decode)", mixed, raw => _ = MailParser.Default.Parse(raw).Attachments.Count, bytes: true);
        Report(output, "typical 5 KB, MimeKit load + headers + text", typical, raw =>
        {
            using var message = MimeKit.MimeMessage.Load(new MemoryStream(raw), persistent: true);
            _ = (message.Subject, message.From.Count, message.To.Count, message.Date, message.MessageId, message.TextBody);
        }, bytes: false);
        Report(output, "typical 5 KB, MailParser (+ BodyText analysis)", typical, raw => _ = MailParser.Default.Parse(raw).BodyText.NewContent, bytes: false);
        return Task.CompletedTask;
    }

    private static void Report(TextWriter output, string label, List<byte[]> corpus, Action<byte[]> use, bool bytes)
    {
        foreach (var message in corpus) use(message);
        long messages = 0, totalBytes = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Duration)
        {
            foreach (var message in corpus)
            {
                use(message);
                messages++;
                totalBytes += message.Length;
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        output.WriteLine(bytes
            ? $"{label}: {totalBytes / 1048576.0 / seconds:0} MB/s ({messages / seconds:0} messages/s)"
            : $"{label}: {messages / seconds:0} messages/s ({totalBytes / 1048576.0 / seconds:0} MB/s)");
    }

    private static byte[] TypicalMessage(int i)
    {
        var text = new StringBuilder();
        for (var line = 0; line < 25; line++) text.Append($"Zeile {line}: Bestellung von {i * 10 + line} Hornknöpfen, Farbe dunkelbraun, Lieferung KW {line % 52}.\n");
        text.Append("\nMit freundlichen Grüßen\nJürgen Müller\n\n-----Ursprüngliche Nachricht-----\nVon: Vertrieb\nGesendet: Montag\nAn: Müller\nBetreff: Angebot\n\nalt\n");
        return MailComposer.ToBytes(new OutgoingMessage
        {
            From = new EmailAddress("Müller, Jürgen", $"j.mueller{i}@mueller-textil.de"),
            To = [new EmailAddress("Happy Buttons Vertrieb", "sales@happy-buttons.de")],
            Cc = [new EmailAddress(null, "einkauf@mueller-textil.de")],
            Subject = $"AW: Bestellung {4500000000 + i} – Knöpfe für Herbstkollektion",
            TextBody = text.ToString(),
            HtmlBody = "<html><body><p>" + text.ToString().Replace("\n", "<br>\n", StringComparison.Ordinal) + "</p></body></html>",
            InReplyTo = $"{i}@happy-buttons.de",
            Date = new DateTimeOffset(2024, 3, 12, 9, 14, 0, TimeSpan.FromHours(1)),
        });
    }

    private static byte[] MixedMessage(int i)
    {
        var random = new Random(i);
        var attachments = Enumerable.Range(0, 1 + i % 3).Select(k =>
        {
            var content = new byte[random.Next(20_000, 600_000)];
            random.NextBytes(content);
            return new OutgoingAttachment($"Anhang {k}.pdf", "application/pdf", content);
        }).ToList();
        var bytes = MailComposer.ToBytes(new OutgoingMessage
        {
            From = new EmailAddress("Scanner", "scanner@happy-buttons.de"),
            To = [new EmailAddress(null, "finance@happy-buttons.de")],
            Subject = $"Scan {i}",
            TextBody = "Scan attached.\n",
            Attachments = attachments,
        });
        return i % 2 == 0 ? bytes : TypicalMessage(i);
    }
}
