using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Composes an <see cref="OutgoingMessage"/> as MIME: multipart/alternative for text + HTML,
/// multipart/related for inline images, multipart/mixed for attachments; CRLF line endings, lines within 998 octets.
/// </summary>
public sealed class MimeWriter(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public static void Write(OutgoingMessage message, Stream output) => new MimeWriter().WriteTo(message, output);

    public static byte[] ToBytes(OutgoingMessage message, TimeProvider? timeProvider = null)
    {
        using var buffer = new MemoryStream();
        new MimeWriter(timeProvider).WriteTo(message, buffer);
        return buffer.ToArray();
    }

    public void WriteTo(OutgoingMessage message, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        var headers = new StringBuilder();
        WriteEnvelopeHeaders(message, headers);
        writer.Write(headers);
        new MimePartWriter(writer).Write(MimeComposition.Build(message));
        writer.Flush();
    }

    public Task WriteToAsync(OutgoingMessage message, Stream output, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteTo(message, output);
        return output.FlushAsync(cancellationToken);
    }

    /// <summary>A globally unique Message-ID (without brackets) in the sender's domain.</summary>
    public static string NewMessageId(string? domain)
    {
        var local = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return $"{local}@{(string.IsNullOrWhiteSpace(domain) ? "happybuttons.local" : domain)}";
    }

    private void WriteEnvelopeHeaders(OutgoingMessage message, StringBuilder output)
    {
        HeaderFolder.Append(output, "Date", FormatDate(message.Date ?? _time.GetLocalNow()));
        WriteAddresses(output, "From", [message.From]);
        WriteAddresses(output, "Reply-To", message.ReplyTo);
        WriteAddresses(output, "To", message.To);
        WriteAddresses(output, "Cc", message.Cc);
        HeaderFolder.Append(output, "Message-ID", $"<{message.MessageId ?? NewMessageId(message.From.Domain)}>");
        if (!string.IsNullOrWhiteSpace(message.InReplyTo)) HeaderFolder.Append(output, "In-Reply-To", $"<{message.InReplyTo.Trim('<', '>')}>");
        if (message.References.Count > 0)
            HeaderFolder.Append(output, "References", message.References.Select(id => $" <{id.Trim('<', '>')}>"));
        HeaderFolder.Append(output, "Subject", HeaderEncoder.Unstructured(message.Subject));
        foreach (var (name, value) in message.ExtraHeaders)
            HeaderFolder.Append(output, HeaderEncoder.Sanitize(name).Replace(":", "", StringComparison.Ordinal).Replace(" ", "-", StringComparison.Ordinal), HeaderEncoder.Unstructured(value));
        output.Append("MIME-Version: 1.0\r\n");
    }

    private static void WriteAddresses(StringBuilder output, string name, IReadOnlyList<EmailAddress> addresses)
    {
        if (addresses.Count == 0) return;
        var tokens = new List<string>();
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            var separator = i < addresses.Count - 1 ? "," : string.Empty;
            var spec = HeaderEncoder.Sanitize(address.Address).Replace(" ", "", StringComparison.Ordinal);
            if (string.IsNullOrWhiteSpace(address.DisplayName))
            {
                tokens.Add($" {spec}{separator}");
                continue;
            }
            tokens.AddRange(HeaderEncoder.Phrase(address.DisplayName));
            tokens.Add($" <{spec}>{separator}");
        }
        HeaderFolder.Append(output, name, tokens);
    }

    /// <summary>RFC 5322 date-time, e.g. "Tue, 3 Mar 2026 14:05:09 +0100".</summary>
    public static string FormatDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var zone = $"{sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}";
        return date.ToString("ddd, d MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + zone;
    }
}
