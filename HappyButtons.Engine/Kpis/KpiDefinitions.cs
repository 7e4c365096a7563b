namespace HappyButtons.Engine.Kpis;

/// <summary>One KPI: its key (the API's camelCase name), the metric name, and its definition in one sentence, German and English.</summary>
public sealed record KpiDefinition(string Key, string MetricName, string NameDe, string NameEn, string DefinitionDe, string DefinitionEn)
{
    public string Name(string language) => language == "en" ? NameEn : NameDe;

    public string Definition(string language) => language == "en" ? DefinitionEn : DefinitionDe;
}

/// <summary>The six KPIs and the performance score, as the API, the dashboard, the metrics and docs/kpis.md name and define them.</summary>
public static class KpiDefinitions
{
    public static readonly KpiDefinition EmailProcessingEfficiency = new("emailProcessingEfficiency", "email_processing_efficiency",
        "E-Mail-Verarbeitungseffizienz", "Email processing efficiency",
        "Anteil der im Zeitraum eingegangenen und fertig verarbeiteten Mails, die ohne Fehler, ohne Prüfung und ohne Umleitung durch einen Menschen (Korrektur oder Verschieben des Vorgangs) durchliefen.",
        "Share of the mails received in the period and done with processing that went through without failure, without review and without a person re-routing them (a correction or a move of their conversation).");

    public static readonly KpiDefinition SlaCompliance = new("slaCompliance", "sla_compliance",
        "SLA-Einhaltung", "SLA compliance",
        "Anteil der Vorgänge mit SLA, deren erste Antwort rechtzeitig ging, an allen, deren erste Antwort im Zeitraum fällig wurde oder gegeben wurde (Pausen verschieben die Frist).",
        "Share of the conversations with an SLA whose first response went out in time, of all whose first response fell due or was given in the period (pauses move the due time).");

    public static readonly KpiDefinition OrderFulfillmentRate = new("orderFulfillmentRate", "order_fulfillment_rate",
        "Liefertreue", "Order fulfilment rate",
        "Anteil der Aufträge, die bis zum bestätigten Liefertermin geliefert wurden, an allen nicht stornierten Aufträgen, die im Zeitraum fällig waren oder geliefert wurden.",
        "Share of the orders delivered by their confirmed delivery date, of all orders not cancelled that fell due or were delivered in the period.");

    public static readonly KpiDefinition CustomerSatisfaction = new("customerSatisfaction", "customer_satisfaction",
        "Kundenzufriedenheit", "Customer satisfaction",
        "Anteil der Antworten auf die Umfrage nach der Lieferung im Zeitraum mit 4 oder 5 von 5 Sternen.",
        "Share of the after-delivery survey answers in the period that rate 4 or 5 of 5.");

    public static readonly KpiDefinition AgentUtilization = new("agentUtilization", "agent_utilization",
        "Agentennutzung", "Agent utilisation",
        "Anteil der von einem Menschen im Zeitraum entschiedenen Vorschläge der Agenten, die unverändert oder bearbeitet übernommen wurden.",
        "Share of the agents' proposals a person decided in the period that were approved unchanged or edited.");

    public static readonly KpiDefinition AutomationRate = new("automationRate", "automation_rate",
        "Automatisierungsquote", "Automation rate",
        "Anteil der im Zeitraum ausgeführten Aufgaben, die ohne einen Menschen ausgeführt wurden.",
        "Share of the tasks executed in the period that were executed without a person.");

    public static readonly KpiDefinition PerformanceScore = new("performanceScore", "performance_score",
        "Leistungswert", "Performance score",
        "Gewichtetes Mittel der KPIs, für die es im Zeitraum Daten gibt (Gewichte einstellbar); ohne Daten keiner.",
        "Weighted mean of the KPIs that have data in the period (weights configurable); none without data.");

    /// <summary>The six KPIs in the order the dashboard and the API list them.</summary>
    public static IReadOnlyList<KpiDefinition> Six { get; } =
        [EmailProcessingEfficiency, OrderFulfillmentRate, CustomerSatisfaction, AgentUtilization, SlaCompliance, AutomationRate];

    public static IReadOnlyList<KpiDefinition> All { get; } = [.. Six, PerformanceScore];
}
