namespace HappyButtons.Engine.Mail.Mime;

/// <summary>One recipient block of a message/delivery-status report (RFC 3464).</summary>
public sealed record DeliveryStatusRecipient(HeaderList Fields)
{
    public string? FinalRecipient => StripType(Fields["Final-Recipient"]);
    public string? OriginalRecipient => StripType(Fields["Original-Recipient"]);
    public string? Action => Fields["Action"]?.Trim().ToLowerInvariant();
    public string? Status => Fields["Status"]?.Trim();
    public string? DiagnosticCode => Fields["Diagnostic-Code"];

    /// <summary>"rfc822; user@example.com" -> "user@example.com".</summary>
    private static string? StripType(string? value)
    {
        if (value is null) return null;
        var semicolon = value.IndexOf(';');
        return (semicolon < 0 ? value : value[(semicolon + 1)..]).Trim();
    }
}

/// <summary>The fields of a delivery status notification: per-message fields and one block per recipient.</summary>
public sealed record DeliveryStatus(HeaderList PerMessage, IReadOnlyList<DeliveryStatusRecipient> Recipients)
{
    public string? ReportingMta => PerMessage["Reporting-MTA"];

    internal static DeliveryStatus Parse(ReadOnlyMemory<byte> content, IMimeWarningSink warnings)
    {
        var blocks = new List<HeaderList>();
        var position = 0;
        var limits = MimeLimits.Default;
        while (position < content.Length)
        {
            var span = content.Span;
            while (position < content.Length && span[position] is (byte)'\r' or (byte)'\n') position++;
            if (position >= content.Length) break;
            var block = HeaderBlockReader.Read(content, position, content.Length, limits, warnings, topLevel: false);
            if (block.Headers.Count > 0) blocks.Add(block.Headers);
            if (block.BodyStart <= position) break;
            position = block.BodyStart;
        }
        if (blocks.Count == 0) return new DeliveryStatus(HeaderList.Empty, []);
        return new DeliveryStatus(blocks[0], blocks.Skip(1).Select(b => new DeliveryStatusRecipient(b)).ToList());
    }
}
