using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Admin;
using HappyButtons.Web.Admin.Routing;
using HappyButtons.Web.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Components.Admin;

/// <summary>
/// The administration pages never show the engine's English sentences or codes to a German reader: rule conditions,
/// the simulator's traces and reasons, the validator's refusals, audit actions and every code they name.
/// </summary>
public class AdminTextTests(AdminTextTests.Site site) : IClassFixture<AdminTextTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private static UiText German() => new(new Microsoft.AspNetCore.Http.HttpContextAccessor());

    private static UiText English()
    {
        var ui = German();
        ui.Use("en");
        return ui;
    }

    private static readonly string[] EnglishWords =
        [" is not in ", " matches ", "contains", "intent", "urgency", "mailbox", "regex", "any of", "all of", "escalate", "fraud hold", "archive", "→ ",
         "regular", "distributor", "auto_send", "stopped by", "model:", "rule:", "needs_review"];

    [Fact]
    public void EveryCodeTheAdminPagesName_HasAGermanWord()
    {
        var english = English();
        var texts = AdminLabels.Urgencies.Select(u => AdminLabels.Urgency(english, u))
            .Concat(AdminLabels.CustomerTypes.Select(t => AdminLabels.CustomerType(english, t)))
            .Concat(AdminLabels.Languages.Select(l => AdminLabels.Language(english, l)))
            .Concat(AdminLabels.AutomationNames.Select(a => AdminLabels.Automation(english, a)))
            .Concat(GermanHolidays.States.Select(s => AdminLabels.FederalState(english, s)))
            .Concat(Enum.GetValues<CustomerMatchKind>().Select(k => AdminLabels.MatchKind(english, k)))
            .Concat(Enum.GetValues<RuleOutcome>().Select(o => AdminLabels.Outcome(english, o)))
            .Concat(Enum.GetValues<Intent>().Select(i => AdminLabels.Intent(english, i.ToApiName())))
            .Concat(AuditText.KnownActionTexts)
            .ToList();

        Assert.Empty(texts.Where(t => !UiStrings.German.ContainsKey(t)));
        Assert.DoesNotContain(GermanHolidays.States, s => AdminLabels.FederalState(German(), s) == s);
        Assert.Equal("Bayern", AdminLabels.FederalState(German(), "BY"));
    }

    [Fact]
    public async Task EveryDefaultRule_ReadsAsGermanSentences()
    {
        var ui = German();
        foreach (var rule in await site.Services.GetRequiredService<RoutingRuleStore>().ListAsync(CancellationToken.None))
        {
            // Tags are the administrator's own words ("archived", "fraud-suspect") and stay as they are.
            var text = string.Join(" | ", RuleSummary.Conditions(ui, rule.Conditions).Concat(RuleSummary.Actions(ui, rule.Actions)).Where(t => !t.StartsWith("Schlagw", StringComparison.Ordinal)));
            Assert.All(EnglishWords, word => Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"\"{word}\" in {text}"));
        }
    }

    [Fact]
    public void ARuleWithEveryCondition_ReadsAsOneSentenceEach_InGermanAndInEnglish()
    {
        var conditions = new RuleConditions
        {
            Mailboxes = ["sales", "support"], Senders = ["*@kunde.de"], CustomerTypes = ["oem", "distributor"], IsOem = false, Intents = ["order"],
            MinimumUrgency = "high", Languages = ["de", "en"], MinimumRiskScore = 10, MaximumRiskScore = 70, AnyKeywords = ["Rechnung"],
            AllKeywords = ["Band", "steht"], Regex = @"RE-\d+", AttachmentTypes = ["application/pdf"],
        };

        var german = RuleSummary.Conditions(German(), conditions);
        var english = RuleSummary.Conditions(English(), conditions);

        Assert.Equal(
        [
            "Kommt im Postfach Vertrieb oder Kundendienst an", "Absender passt zu *@kunde.de", "Kundenart: OEM-Kunde oder Händler",
            "Die Mail betrifft keinen OEM-Kunden", "Anliegen: Bestellung", "Dringlichkeit mindestens hoch", "Sprache: Deutsch oder Englisch",
            "Risikowert zwischen 10 und 70", "Der Text enthält „Rechnung“", "Der Text enthält „Band“ und „steht“", @"Der Text passt zum Muster RE-\d+",
            "Hat einen Anhang vom Typ application/pdf",
        ], german);
        Assert.Equal("Arrives in the mailbox Sales or Support", english[0]);
        Assert.Equal("Customer type: OEM customer or Distributor", english[2]);
    }

    [Fact]
    public async Task EveryConditionTheSimulatorExplains_ReadsAsAGermanSentence_MatchedOrNot()
    {
        var simulator = site.Services.GetRequiredService<RuleSimulator>();
        var matching = Draft("every-condition-met", new RuleConditions
        {
            Mailboxes = ["support"], Senders = ["autowerk-sued.de"], CustomerTypes = ["oem"], IsOem = true, Intents = ["complaint", "order"], MinimumUrgency = "high",
            Languages = ["de"], MinimumRiskScore = 0, MaximumRiskScore = 50, AnyKeywords = ["Bandstillstand"], AllKeywords = ["Clips", "Werk"], Regex = @"HB-\d{4}",
        });
        var failing = Draft("every-condition-failed", new RuleConditions
        {
            Mailboxes = ["finance"], Senders = ["kunde.de"], CustomerTypes = ["distributor"], IsOem = false, Intents = ["spam"], Languages = ["en"],
            MinimumRiskScore = 90, AnyKeywords = ["Rechnung"], AllKeywords = ["Clips", "Rechnung"], Regex = @"RE-\d+", AttachmentTypes = [".xlsx"],
        });
        var ui = German();
        var general = new[] { ui["The condition holds"], ui["The condition does not hold"] };

        foreach (var draft in new[] { matching, failing })
        {
            var simulation = await simulator.SimulateRawAsync(Web.Admin.RoutingAdminTests.LineDownMail, "support", draft, null, CancellationToken.None);
            var trace = simulation.Result.Routing.Trace.Single(t => t.RuleId == draft.Id);
            Assert.Equal(draft == matching ? 12 : 11, trace.Conditions.Count);
            Assert.All(trace.Conditions, c => Assert.Equal(draft == matching, c.Matched));
            foreach (var condition in trace.Conditions)
            {
                var text = SimulationText.Condition(ui, condition);
                Assert.DoesNotContain(text, general);
                Assert.All(EnglishWords.Where(w => w.Trim() is not ("regular" or "contains")), word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
            }

            var reasons = simulation.Result.Enrichment.Urgency.Reasons.Concat(simulation.Result.Enrichment.Oem.Reasons).Concat(simulation.Result.Classification.Reasons);
            Assert.All(reasons, reason => Assert.NotEqual(ui["further signal"], SimulationText.Reason(ui, reason)));
        }
    }

    [Fact]
    public void EveryRefusalOfTheValidator_IsExplainedInGerman()
    {
        var bad = new RoutingRule(" ", " ", 10,
            new RuleConditions
            {
                Intents = ["wish"], Languages = ["fr"], CustomerTypes = ["vip"], MinimumUrgency = "asap", MinimumRiskScore = 120, MaximumRiskScore = -1,
                AnyKeywords = [" "], Senders = [" "], AttachmentTypes = [" "], Regex = "([a-z",
            },
            new RuleActions { Department = "hr", SetUrgency = "now", RaiseUrgencyTo = "later", SlaPolicy = "gold", EscalateTo = ["no-address"], Tags = [" "] });
        var nothing = new RoutingRule("nothing", "Does nothing", 20, new RuleConditions { Intents = ["spam"] }, new RuleActions());
        var catchAll = new RoutingRule("catch-all", "Everything", 1, new RuleConditions(), new RuleActions { Tags = ["x"] });
        var ui = German();

        var errors = new RoutingRuleValidator(["standard"]).Validate([bad, nothing, catchAll, bad with { Id = "twin", Order = 30 }, bad with { Id = "twin", Order = 40 }]);

        Assert.True(errors.Count > 20);
        Assert.All(errors, e => Assert.NotEqual(ui["The rule cannot be saved like this."], RuleErrorText.Message(ui, e)));
        Assert.Contains(errors, e => RuleErrorText.Message(ui, e) == "Unbekannter Wert „wish“.");
        Assert.Contains(errors, e => RuleErrorText.Message(ui, e) == "„no-address“ ist keine E-Mail-Adresse.");
        Assert.Contains(errors, e => RuleErrorText.Message(ui, e).StartsWith("Das ist kein gültiger regulärer Ausdruck (Fehler an Stelle", StringComparison.Ordinal));
        Assert.All(errors.Where(e => e.Field != "conditions" && e.Field != "actions" && e.Field != "id"), e => Assert.NotNull(RuleErrorText.Field(e)));
    }

    [Theory]
    [InlineData("This rule was changed by anna in the meantime; please reload.", "Diese Regel wurde inzwischen von anna geändert. Laden Sie sie neu und ändern Sie sie erneut.")]
    [InlineData("This rule was changed by someone else in the meantime; please reload.", "Diese Regel wurde inzwischen von jemand anderem geändert. Laden Sie sie neu und ändern Sie sie erneut.")]
    [InlineData("This rule was deleted in the meantime; please reload.", "Diese Regel wurde inzwischen gelöscht. Laden Sie die Liste neu.")]
    [InlineData("something the store says one day", "So kann die Regel nicht gespeichert werden.")]
    public void AnEditRefusedBecauseSomeoneElseSavedFirst_IsExplainedInGerman(string english, string german)
    {
        Assert.Equal(german, RuleErrorText.Message(German(), new RuleValidationError("order-status", "version", english)));
    }

    [Fact]
    public void AuditEntries_ReadAsWords_WithTheChangedDepartmentsNamed()
    {
        var ui = German();
        var updated = new AuditEntry(1, DateTimeOffset.UtcNow, "admin", "user.updated", "user:7",
            "pia; name 'Pia Beispiel'; departments sales -> sales, finance; admin False -> True");
        var created = new AuditEntry(2, DateTimeOffset.UtcNow, "admin", "user.created", "user:7", "pia; departments sales; admin False");

        Assert.Equal("Profil geändert", AuditText.Action(ui, updated.Action));
        Assert.Equal("Anzeigename: Pia Beispiel; Abteilungen: Vertrieb → Vertrieb, Buchhaltung; jetzt Administrator", AuditText.Details(ui, updated));
        Assert.Equal("Abteilungen: Vertrieb", AuditText.Details(ui, created));
        Assert.Equal("Sonstige Änderung", AuditText.Action(ui, "something.new"));
    }

    private static RoutingRule Draft(string id, RuleConditions conditions) =>
        new(id, id, 1, conditions, new RuleActions { Tags = ["probe"] }, StopProcessing: false);
}
