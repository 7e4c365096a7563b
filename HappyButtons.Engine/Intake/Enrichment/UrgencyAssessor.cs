namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// Urgency from wording (de/en), near deadlines, the sender's Importance/X-Priority headers, and a
/// one-level boost for VIP and OEM senders. Automated mail is always low.
/// </summary>
public static class UrgencyAssessor
{
    private static readonly PhraseList StandstillWording = new(
        "Bandstillstand", "Bandstopp", "Produktionsstillstand", "Linienstillstand", "Anlagenstillstand",
        "Band steht", "Linie steht", "Produktion steht", "stehen die Baender", "line down", "line stop",
        "line is down", "production stop", "production standstill", "production has stopped", "plant shutdown");

    private static readonly PhraseList UrgentWording = new(
        "dringend", "eilt", "eilig", "sofort", "umgehend", "schnellstmoeglich", "so schnell wie moeglich",
        "hoechste prioritaet", "asap", "urgent", "urgently", "immediately", "as soon as possible", "top priority", "time critical");

    public static UrgencyAssessment Assess(
        IntakeMessage message, string foldedText, bool isAutomated, CustomerMatch customer, OemAssessment oem)
    {
        var reasons = new List<string>();
        if (isAutomated)
            return new UrgencyAssessment(Urgency.Low, ["automated mail (auto-reply, bounce or bulk)"]);

        var level = Urgency.Normal;
        void Raise(Urgency to, string reason)
        {
            reasons.Add(reason);
            if (to > level) level = to;
        }

        if (StandstillWording.FirstMatch(foldedText) is { } standstill)
            Raise(Urgency.Critical, $"production standstill wording \"{standstill}\"");
        if (UrgentWording.FirstMatch(foldedText) is { } urgent)
            Raise(Urgency.High, $"urgent wording \"{urgent}\"");
        if (DeadlineFinder.FindNearDeadline(foldedText, message.ReceivedAt) is { } deadline)
            Raise(Urgency.High, deadline);

        var headerLevel = FromHeaders(message.Headers);
        if (headerLevel == Urgency.High)
            Raise(Urgency.High, "sender marked the mail as high importance");
        else if (headerLevel == Urgency.Low && level == Urgency.Normal)
        {
            level = Urgency.Low;
            reasons.Add("sender marked the mail as low importance");
        }

        var boost = customer.Customer is { IsVip: true } vip ? $"VIP customer {vip.Name}"
            : oem.IsOem ? "OEM account" : null;
        if (boost is not null && level is Urgency.Normal or Urgency.High)
        {
            level++;
            reasons.Add($"{boost}: raised one level");
        }
        return new UrgencyAssessment(level, reasons);
    }

    private static Urgency? FromHeaders(MessageHeaders headers)
    {
        var importance = (headers["Importance"] ?? headers["X-MSMail-Priority"] ?? headers["Priority"])?.Trim().ToLowerInvariant();
        if (importance is "high" or "urgent") return Urgency.High;
        if (importance is "low" or "non-urgent") return Urgency.Low;

        var priority = headers["X-Priority"]?.Trim();
        if (!string.IsNullOrEmpty(priority) && char.IsDigit(priority[0]))
            return priority[0] switch { '1' or '2' => Urgency.High, '4' or '5' => Urgency.Low, _ => null };
        return null;
    }
}
