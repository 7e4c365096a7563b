using System.Diagnostics;
using System.Text;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Outgoing;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HappyButtons.Bench;

/// <summary>
/// Submission throughput against a running SMTP server (a local Postfix: bench/mailservers.sh): HB_BENCH_SMTP_HOST,
/// HB_BENCH_SMTP_PORT, HB_BENCH_SMTP_TO, optional HB_BENCH_SMTP_SECURITY (None|Tls|StartTls, default None),
/// HB_BENCH_SMTP_PIN, HB_BENCH_SMTP_USER/PASS. Our <see cref="SmtpMailSender"/> (NoDelay socket, connection kept for the
/// next message), then MailKit connecting its own socket (Nagle on) for comparison.
/// </summary>
public sealed class SmtpBench : IBenchmark
{
    private const int MessageCount = 500;

    public string Name => "smtp";

    public string Description => "messages submitted per second over one kept SMTP connection (SmtpMailSender), and MailKit with its own socket";

    public async Task RunAsync(TextWriter output)
    {
        var host = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_HOST");
        if (string.IsNullOrEmpty(host))
        {
            output.WriteLine("skipped: set HB_BENCH_SMTP_HOST/PORT/TO to a running SMTP server (bench/mailservers.sh starts one)");
            return;
        }

        var options = new SmtpOptions
        {
            Host = host,
            Port = int.Parse(Environment.GetEnvironmentVariable("HB_BENCH_SMTP_PORT") ?? "25"),
            Security = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_SECURITY") ?? "None",
            PinnedThumbprint = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_PIN"),
            User = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_USER"),
            Password = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_PASS"),
        };
        var to = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_TO") ?? "sales@happybuttons.test";
        var messages = Enumerable.Range(0, MessageCount).Select(i => Raw(i, to)).ToList();

        // No OAuth2 here, so the sign-in needs no token service.
        await using (var sender = new SmtpMailSender(Options.Create(options), new MailSignIn(null!), TimeProvider.System, NullLogger<SmtpMailSender>.Instance))
        {
            await sender.SendAsync(messages[0], new MailEnvelope("bench@example.test", [to]), CancellationToken.None);
            var clock = Stopwatch.StartNew();
            foreach (var raw in messages)
            {
                await sender.SendAsync(raw, new MailEnvelope("bench@example.test", [to]), CancellationToken.None);
            }

            output.WriteLine($"  SmtpMailSender: {MessageCount} messages in {clock.Elapsed.TotalMilliseconds:0} ms = {MessageCount / clock.Elapsed.TotalSeconds,5:0} msg/s over one kept connection");
        }

        using var plain = new SmtpClient();
        await plain.ConnectAsync(host, options.Port.Value, MailKit.Security.SecureSocketOptions.None);
        var count = Math.Min(100, MessageCount);
        var watch = Stopwatch.StartNew();
        foreach (var raw in messages.Take(count))
        {
            using var message = MimeMessage.Load(new MemoryStream(raw));
            await plain.SendAsync(message, MailboxAddress.Parse("bench@example.test"), [MailboxAddress.Parse(to)]);
        }

        output.WriteLine($"  MailKit, own socket (Nagle on): {count} messages = {count / watch.Elapsed.TotalSeconds,5:0} msg/s");
        await plain.DisconnectAsync(quit: true);
    }

    private static byte[] Raw(int i, string to) => Encoding.UTF8.GetBytes(
        $"From: bench@example.test\r\nTo: {to}\r\nSubject: Bench {i}\r\nMessage-ID: <smtp-bench-{i}-{Guid.NewGuid():N}@example.test>\r\n\r\n" +
        string.Concat(Enumerable.Repeat("Ihre Bestellung 4711 ist versandt.\r\n", 100)));
}
