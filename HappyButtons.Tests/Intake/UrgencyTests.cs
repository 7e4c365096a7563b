using System.Diagnostics;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Enrichment;
using static HappyButtons.Tests.Intake.Mails;

namespace HappyButtons.Tests.Intake;

public sealed class UrgencyTests
{
    private const string Stranger = "kontakt@neukunde-textil.de";

    [Fact]
    public void Urgency_IsCritical_WhenGermanMailSaysBandstillstand()
    {
        var result = Enrich(TestMail(Stranger, "Clips brechen", "Bei uns ist Bandstillstand seit 6 Uhr, bitte melden."));

        Assert.Equal(Urgency.Critical, result.Urgency.Level);
        Assert.Contains(result.Urgency.Reasons, r => r.Contains("bandstillstand", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Urgency_IsCritical_WhenEnglishMailSaysLineDown()
    {
        var result = Enrich(TestMail("qa@unknown-seating.com", "Knobs do not fit", "Our line is down because the knobs do not fit."));

        Assert.Equal(Urgency.Critical, result.Urgency.Level);
    }

    [Theory]
    [InlineData("Bitte dringend Rückruf", "Wir brauchen eine Antwort.")]
    [InlineData("Anfrage", "Bitte umgehend die Unterlagen schicken.")]
    [InlineData("Eilt!", "Muster benötigt.")]
    [InlineData("Question", "Please send the certificate ASAP.")]
    [InlineData("URGENT: certificate", "We need the document.")]
    public void Urgency_IsHigh_WhenMailUsesUrgentWording(string subject, string body)
    {
        Assert.Equal(Urgency.High, Enrich(TestMail(Stranger, subject, body)).Urgency.Level);
    }

    [Theory]
    [InlineData("Bitte senden Sie uns das Angebot bis morgen.")]
    [InlineData("Wir brauchen das heute noch.")]
    [InlineData("Could you send the quote by tomorrow?")]
    [InlineData("Bitte Lieferung bis 13.03.2025 sicherstellen.")]
    [InlineData("Bitte liefern bis zum 14.03., sonst fehlt die Ware.")]
    [InlineData("Delivery needed on 2025-03-14 at our plant.")]
    [InlineData("Wir benötigen die Knöpfe am 13. März im Werk.")]
    [InlineData("Please deliver on 14 March at the latest.")]
    [InlineData("Please confirm delivery for March 13th.")]
    public void Urgency_IsHigh_WhenDeadlineIsWithinTwoBusinessDays(string body)
    {
        Assert.Equal(Urgency.High, Enrich(TestMail(Stranger, "Anfrage", body)).Urgency.Level);
    }

    [Theory]
    [InlineData("Bitte Lieferung bis 28.03.2025.")]
    [InlineData("Version 1.2.3 of the drawing is attached.")]
    [InlineData("Wir hatten am 10.03.2025 telefoniert.")]
    [InlineData("Please deliver on 28 March.")]
    [InlineData("Wir hatten am 10. März telefoniert.")]
    public void Urgency_StaysNormal_WhenDatesAreFarOrNotDeadlines(string body)
    {
        Assert.Equal(Urgency.Normal, Enrich(TestMail(Stranger, "Anfrage", body)).Urgency.Level);
    }

    [Fact]
    public void Urgency_IsHigh_WhenFridayMailNamesMondayAsDeadline()
    {
        var friday = new DateTimeOffset(2025, 3, 14, 10, 0, 0, TimeSpan.FromHours(1));

        var result = Enrich(TestMail(Stranger, "Termin", "Bitte liefern bis 17.03.2025.", receivedAt: friday));

        Assert.Equal(Urgency.High, result.Urgency.Level);
    }

    [Theory]
    [InlineData("Importance", "high")]
    [InlineData("X-Priority", "1 (Highest)")]
    [InlineData("X-Priority", "2")]
    public void Urgency_IsHigh_WhenSenderMarkedHighImportance(string header, string value)
    {
        Assert.Equal(Urgency.High, Enrich(TestMail(Stranger, "Frage", "Eine Frage zu Knöpfen.", headers: (header, value))).Urgency.Level);
    }

    [Fact]
    public void Urgency_IsLow_WhenSenderMarkedLowImportance()
    {
        Assert.Equal(Urgency.Low, Enrich(TestMail(Stranger, "Info", "Nur zur Info.", headers: ("X-Priority", "5"))).Urgency.Level);
    }

    [Fact]
    public void Urgency_IsRaisedOneLevel_ForVipCustomer()
    {
        var result = Enrich(TestMail("claudia@modehaus-lindner.de", "Frage", "Haben Sie die Knöpfe auch in Rot?"));

        Assert.Equal(Urgency.High, result.Urgency.Level);
        Assert.Contains(result.Urgency.Reasons, r => r.Contains("VIP"));
    }

    [Fact]
    public void Urgency_IsCritical_WhenOemCustomerWritesDringend()
    {
        var result = Enrich(TestMail("einkauf@autowerk-sued.de", "Abruf", "Bitte dringend liefern."));

        Assert.Equal(Urgency.Critical, result.Urgency.Level);
    }

    [Fact]
    public void Urgency_IsLow_ForAutoReplyEvenWithUrgentWords()
    {
        var result = Enrich(TestMail("einkauf@autowerk-sued.de", "Abwesenheitsnotiz", "In dringenden Fällen wenden Sie sich an ...", headers: ("Auto-Submitted", "auto-replied")));

        Assert.Equal(Urgency.Low, result.Urgency.Level);
    }

    [Fact]
    public void NearDeadlineScan_StaysLinear_OnAMegabyteOfDateLikeText()
    {
        var hostile = TextFolding.Fold(string.Concat(Enumerable.Repeat("1. 1.3. bis 1.3. march 3 mar. 2025-01-01 31st of jan 2025 Termin 01.02. ", 12_000)));

        var watch = Stopwatch.StartNew();
        Assert.Null(DeadlineFinder.FindNearDeadline(hostile, Wednesday));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
    }

    [Theory]
    [InlineData("Lieferung bitte bis \uFF13. M\u00E4rz")]
    [InlineData("please deliver by march \u0663")]
    [InlineData("Termin: \uFF11\uFF12.\uFF10\uFF13.2026")]
    public void DigitsOtherThanAscii_NeverBreakTheDeadlineScan(string text)
    {
        var enrichment = Enrich(TestMail(Stranger, "Liefertermin", text));
        Assert.DoesNotContain(enrichment.Urgency.Reasons, r => r.Contains("deadline", StringComparison.OrdinalIgnoreCase));
        Assert.Null(DeadlineFinder.FindNearDeadline(TextFolding.Fold(text), Wednesday));
    }
}
