namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>MAIL FROM and RCPT TO addresses (bare addr-spec, no display names). An empty sender is the null reverse-path.</summary>
public sealed record SmtpEnvelope(string From, IReadOnlyList<string> Recipients)
{
    internal bool NeedsSmtpUtf8 => !IsAscii(From) || Recipients.Any(r => !IsAscii(r));

    internal void Validate()
    {
        if (Recipients.Count == 0)
        {
            throw new ArgumentException("A message needs at least one recipient.");
        }

        foreach (var address in Recipients.Append(From))
        {
            if (address.Any(c => c is '<' or '>' or '\r' or '\n' or ' ' or '\0'))
            {
                throw new ArgumentException($"Invalid SMTP address '{address}': use the bare address without name or brackets.");
            }
        }
    }

    private static bool IsAscii(string s) => s.All(c => c < 128);
}
