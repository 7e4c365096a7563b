using System.Diagnostics;
using System.Text;
using HappyButtons.Engine.Mail.Smtp;

namespace HappyButtons.Bench;

/// <summary>
/// Submission throughput over one connection against a running SMTP server (a local Postfix):
/// HB_BENCH_SMTP_HOST, HB_BENCH_SMTP_PORT, HB_BENCH_SMTP_TO, optional HB_BENCH_SMTP_SECURITY
/// (None|Tls|StartTls, default None), HB_BENCH_SMTP_PIN, HB_BENCH_SMTP_USER/PASS.
/// </summary>
public sealed class SmtpBench : IBenchmark
{
    private const int MessageCount = 500;

    public string Name => "smtp";

    public string Description => "messages submitted per second over one SMTP connection (RSET between)";

    public async Task RunAsync(TextWriter output)
    {
        var host = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_HOST");
        if (string.IsNullOrEmpty(host))
        {
            output.WriteLine("skipped: set HB_BENCH_SMTP_HOST/PORT/TO to a running SMTP server (see docs/imap-smtp.md)");
            return;
        }

        var options = new SmtpClientOptions
        {
            Host = host,
            Port = int.Parse(Environment.GetEnvironmentVariable("HB_BENCH_SMTP_PORT") ?? "25"),
            Security = Enum.Parse<SmtpSecurity>(Environment.GetEnvironmentVariable("HB_BENCH_SMTP_SECURITY") ?? "None", ignoreCase: true),
            PinnedCertificateSha256 = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_PIN"),
        };
        var to = Environment.GetEnvironmentVariable("HB_BENCH_SMTP_TO") ?? "sales@happybuttons.test";
        var ct = CancellationToken.None;
        await using var client = await SmtpClient.ConnectAsync(options, ct);
        if (Environment.GetEnvironmentVariable("HB_BENCH_SMTP_USER") is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, Environment.GetEnvironmentVariable("HB_BENCH_SMTP_PASS") ?? "", ct);
        }

        var envelope = new SmtpEnvelope("bench@example.test", [to]);
        var body = string.Concat(Enumerable.Repeat("Ihre Bestellung 4711 ist versandt.\r\n", 100));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < MessageCount; i++)
        {
            var raw = Encoding.UTF8.GetBytes($"From: bench@example.test\r\nTo: {to}\r\nSubject: Bench {i}\r\n\r\n{body}");
            await client.SendAsync(envelope, new MemoryStream(raw), ct);
        }

        clock.Stop();
        output.WriteLine($"{MessageCount} messages in {clock.Elapsed.TotalMilliseconds:0} ms = {MessageCount / clock.Elapsed.TotalSeconds:0} messages/s over one connection");
        await client.QuitAsync(ct);
    }
}
