using HappyButtons.Engine.Mail.Smtp;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// Submits through the configured SMTP server, one connection per message (sending is a job; jobs run in parallel).
/// A message is sent only when every recipient was accepted; otherwise the <see cref="SmtpException"/> says whether
/// the failure is transient (4xx, connection) or permanent (5xx).
/// </summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public string Transport => "smtp";

    public async Task<MailSendReceipt> SendAsync(ReadOnlyMemory<byte> rawMessage, MailEnvelope envelope, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var client = await SmtpClient.ConnectAsync(settings.ClientOptions(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, cancellationToken);
        }

        var from = string.IsNullOrWhiteSpace(envelope.From) ? settings.From ?? string.Empty : envelope.From;
        var result = await client.SendAsync(new SmtpEnvelope(from, envelope.Recipients), new MemoryStream(rawMessage.ToArray(), writable: false), cancellationToken);
        var rejected = result.Rejected.ToList();
        if (rejected.Count > 0)
        {
            // Some recipients got it: retrying would send them a second copy, so the rest is reported, not retried.
            throw new SmtpException(SmtpFailureKind.Permanent,
                $"The server refused {string.Join(", ", rejected.Select(r => $"{r.Address} ({r.Code} {r.Text})"))}; the others received the message.")
            {
                Recipients = result.Recipients,
            };
        }

        try
        {
            await client.QuitAsync(cancellationToken);
        }
        catch (SmtpException)
        {
            // The message is accepted; a failing QUIT does not change that.
        }

        return new MailSendReceipt(Transport, result.DataReply.ToString());
    }
}
