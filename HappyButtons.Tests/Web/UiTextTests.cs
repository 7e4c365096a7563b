using HappyButtons.Web.Localization;

namespace HappyButtons.Tests.Web;

public class UiTextTests
{
    [Fact]
    public void GermanTexts_OfAllFeatures_AgreeWhereTheyShareAKey()
    {
        var german = UiStrings.German;

        Assert.Equal("Posteingang", german["Inbox"]);
        Assert.Equal("Reihenfolge", german["Position"]);
        Assert.Equal("Vertrieb", german["dept.sales"]);
    }
}

public class UiTextCompletenessTests
{
    /// <summary>Every text the web project asks for (Ui["…"], Ui.Format, Ui.Count, navigation, reasons) has its German translation.</summary>
    [Fact]
    public void EveryUiTextInTheCode_HasAGermanTranslation()
    {
        var web = Path.Combine(RepositoryRoot(), "HappyButtons.Web");
        var source = string.Join("\n", Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                        && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        const string Text = "\"((?:[^\"\\\\]|\\\\.)*)\"";
        var keys = new HashSet<string>();
        foreach (var pattern in new[]
                 {
                     @"[Uu]i\[\s*" + Text + @"\s*\]", @"[Uu]i\.Format\(\s*" + Text, @"[Uu]i\.Count\([^,]+,\s*" + Text, @"[Uu]i\.Count\([^,]+,\s*" + Text + @",\s*" + Text,
                     @"new\(""[^""]*"", ""[^""]*"", Icons[^,]*, " + Text, @"\[""[A-Z_]+""\] = " + Text,
                 })
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(source, pattern))
            {
                keys.UnionWith(match.Groups.Values.Skip(1).Select(g => g.Value).Where(v => v.Length > 0).Select(System.Text.RegularExpressions.Regex.Unescape));
            }
        }

        var missing = keys.Where(k => !UiStrings.German.ContainsKey(k)).Order().ToList();

        Assert.True(keys.Count > 300, $"found only {keys.Count} texts; the scan is broken");
        Assert.Empty(missing);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HappyButtons.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HappyButtons.sln not found above " + AppContext.BaseDirectory);
    }
}

public class ReasonTextTests
{
    private static UiText German() => new(new Microsoft.AspNetCore.Http.HttpContextAccessor());

    [Fact]
    public void AnEscalationReason_ShowsItsDueTimeInBerlin_NotUtc()
    {
        var text = ReasonText.Escalation(German(), "first response was due 2026-11-20 14:00 UTC (SLA standard)");

        Assert.Equal("Die Erstreaktion war fällig am 20.11.2026 15:00 (SLA standard).", text);
    }

    [Theory]
    [InlineData("Classification uncertain: confidence 0.42 below review threshold 0.50; low information: 3 word(s) of text",
        "Die Klassifizierung ist unsicher: Sicherheit 42 % unter der Prüfschwelle 50 %; wenig Text: 3 Wörter.")]
    [InlineData("Classification uncertain: low information: 1 word(s) of text; mixed languages",
        "Die Klassifizierung ist unsicher: wenig Text: 1 Wort; gemischte Sprachen.")]
    [InlineData("Routing failed: rule 'x' points to no department", "Keine Routing-Regel ließ sich anwenden; bitte ordnen Sie die Nachricht von Hand zu.")]
    [InlineData("The message is empty (0 bytes).", "Die Nachricht ist leer (0 Byte).")]
    [InlineData("Something the engine says one day", "Die Nachricht konnte nicht vollständig verarbeitet werden.")]
    public void StatusReasons_ReadAsGerman_NeverAsRawEnglish(string reason, string german)
    {
        Assert.Equal(german, ReasonText.StatusReason(German(), reason));
    }

    [Theory]
    [InlineData("No delivery mail: neither the order's conversation nor the customer has an e-mail address.",
        "Keine Liefermail: Weder der Vorgang des Auftrags noch der Kunde hat eine E-Mail-Adresse.")]
    [InlineData("Ware vollständig angekommen; No delivery mail: there is no sales mailbox to send it from.",
        "Ware vollständig angekommen; Keine Liefermail: Es gibt kein Vertriebspostfach, aus dem sie gesendet werden könnte.")]
    [InlineData("No delivery mail: the company data the signature needs is missing (RegisterCourt, RegisterNumber).",
        "Keine Liefermail: Für die Signatur fehlen Firmendaten (RegisterCourt, RegisterNumber).")]
    [InlineData("Kunde hat angerufen", "Kunde hat angerufen")]
    public void AnOrderStepsReason_KeepsTheClerksWords_AndSaysWhyNoDeliveryMailWentOut_InGerman(string reason, string german)
    {
        Assert.Equal(german, ReasonText.OrderStep(German(), reason));
    }

    [Fact]
    public void EveryRiskSignalCode_HasWords()
    {
        var codes = typeof(HappyButtons.Engine.Intake.Enrichment.Fraud.RiskWeights).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.NotEqual("Auffälliger Absender oder Inhalt", ReasonText.RiskSignal(German(), code)));
    }
}
