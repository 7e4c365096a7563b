namespace HappyButtons.Engine.Mail.Mime;

public enum MessageImportance { Low, Normal, High }

/// <summary>Combines Importance, X-Priority, Priority and X-MSMail-Priority, which different clients set.</summary>
internal static class ImportanceReader
{
    public static MessageImportance Read(HeaderList headers)
    {
        var importance = headers["Importance"]?.Trim().ToLowerInvariant();
        if (importance == "high") return MessageImportance.High;
        if (importance == "low") return MessageImportance.Low;
        var priority = headers["X-Priority"]?.Trim();
        if (!string.IsNullOrEmpty(priority) && char.IsAsciiDigit(priority[0]))
            return priority[0] switch { '1' or '2' => MessageImportance.High, '4' or '5' => MessageImportance.Low, _ => MessageImportance.Normal };
        var other = (headers["Priority"] ?? headers["X-MSMail-Priority"])?.Trim().ToLowerInvariant();
        return other switch
        {
            "urgent" or "high" => MessageImportance.High,
            "non-urgent" or "low" => MessageImportance.Low,
            _ => MessageImportance.Normal,
        };
    }
}
