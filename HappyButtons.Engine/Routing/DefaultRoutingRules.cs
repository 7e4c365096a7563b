using HappyButtons.Engine.Routing.Sla;

namespace HappyButtons.Engine.Routing;

/// <summary>The rule set a new installation starts with (documented in docs/intake.md).</summary>
public static class DefaultRoutingRules
{
    public const string QualityLead = "qualitaet@happybuttons.de";
    public const string SupportLead = "l.yilmaz@happybuttons.de";

    public static IReadOnlyList<RoutingRule> All { get; } =
    [
        new("key-account-tag", "OEM-Kunden: als Key Account markieren, weiter prüfen", 5,
            new RuleConditions { CustomerTypes = ["oem"] },
            new RuleActions { Tags = ["key-account"] }, StopProcessing: false),
        new("archive-automated", "Automatische Antworten und Spam: archivieren, keine Aufgabe", 10,
            new RuleConditions { Intents = ["auto_reply", "spam"] },
            new RuleActions { Department = "info", Archive = true, Automation = AutomationPolicy.Never, Tags = ["archived"] }),
        new("fraud-high-risk", "Hohes Betrugsrisiko: Buchhaltung, angehalten, nie automatisch", 20,
            new RuleConditions { MinimumRiskScore = 60 },
            new RuleActions { Department = "finance", FraudHold = true, Automation = AutomationPolicy.Never, SlaPolicy = SlaPolicies.FinanceName, Tags = ["fraud-suspect"] }),
        new("bank-change", "Änderung der Bankverbindung: Buchhaltung, Betrugsprüfung", 30,
            new RuleConditions { Intents = ["bank_change"] },
            new RuleActions { Department = "finance", FraudHold = true, Automation = AutomationPolicy.Never, SlaPolicy = SlaPolicies.FinanceName, Tags = ["bank-change"] }),
        new("line-down", "Bandstillstand / line down: Kundendienst, kritisch, eskalieren", 40,
            new RuleConditions { AnyKeywords = ["Bandstillstand", "Produktionsstillstand", "Linienstillstand", "Band steht", "line down", "line stop", "production stop"] },
            new RuleActions { Department = "support", SetUrgency = "critical", SlaPolicy = SlaPolicies.Critical30mName, Automation = AutomationPolicy.Never, EscalateTo = [QualityLead, SupportLead], Tags = ["line-down"] }),
        new("oem-order", "OEM-Bestellung oder Abruf: Vertrieb, hohe Priorität, 1 h", 50,
            new RuleConditions { IsOem = true, Intents = ["order", "order_status"] },
            new RuleActions { Department = "sales", RaiseUrgencyTo = "high", SlaPolicy = SlaPolicies.Oem1hName, Automation = AutomationPolicy.Draft, Tags = ["oem"] }),
        new("invoice-request", "Rechnungskopien und -korrekturen: Buchhaltung", 60,
            new RuleConditions { Intents = ["invoice_request"] },
            new RuleActions { Department = "finance", SlaPolicy = SlaPolicies.FinanceName, Automation = AutomationPolicy.AutoSendWhenConfident }),
        new("payment-notice", "Zahlungsavise: Buchhaltung", 70,
            new RuleConditions { Intents = ["payment_notice"] },
            new RuleActions { Department = "finance", SlaPolicy = SlaPolicies.FinanceName, Automation = AutomationPolicy.Draft }),
        new("complaint-return", "Reklamationen und Retouren: Kundendienst", 80,
            new RuleConditions { Intents = ["complaint", "return_request"] },
            new RuleActions { Department = "support", SlaPolicy = SlaPolicies.StandardName, Automation = AutomationPolicy.Draft, Tags = ["quality"] }),
        new("technical-support", "Technische Fragen: Kundendienst", 90,
            new RuleConditions { Intents = ["technical_support"] },
            new RuleActions { Department = "support", SlaPolicy = SlaPolicies.StandardName, Automation = AutomationPolicy.Draft }),
        new("order-quote", "Bestellungen und Angebotsanfragen: Vertrieb", 100,
            new RuleConditions { Intents = ["order", "quote_request"] },
            new RuleActions { Department = "sales", SlaPolicy = SlaPolicies.StandardName, Automation = AutomationPolicy.Draft }),
        new("order-status", "Lieferstatus: Vertrieb", 110,
            new RuleConditions { Intents = ["order_status"] },
            new RuleActions { Department = "sales", SlaPolicy = SlaPolicies.StandardName, Automation = AutomationPolicy.AutoSendWhenConfident }),
        new("triage", "Alles andere: Info zur Sichtung", 1000,
            new RuleConditions(),
            new RuleActions { Department = "info", SlaPolicy = SlaPolicies.StandardName, Automation = AutomationPolicy.Draft, Tags = ["triage"] }),
    ];
}
