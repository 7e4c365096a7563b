using System.Globalization;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Replies;

/// <summary>
/// What a reply template may use: the contact (for the salutation), the conversation's facts and the clerk. A fact that is
/// null is missing; a template that uses it does not render (<see cref="ReplyRenderer"/>).
/// </summary>
public sealed record ReplyFacts(Language Language, ReplyContact Contact, string AgentName, string Department)
{
    public string? Ticket { get; init; }
    public string? OrderNumber { get; init; }
    public string? PoNumber { get; init; }
    public DateOnly? DeliveryDate { get; init; }
    public string? InvoiceNumber { get; init; }
    public DateOnly? QuoteDueDate { get; init; }

    /// <summary>The facts as template variables; their names are the only ones a template may use besides Scriban's built-ins.</summary>
    internal IReadOnlyDictionary<string, string?> Variables() => new Dictionary<string, string?>
    {
        ["salutation"] = Contact.Salutation(Language),
        ["agent_name"] = Blank(AgentName),
        ["department"] = DepartmentName(Department, Language),
        ["ticket"] = Blank(Ticket),
        ["order_number"] = Blank(OrderNumber),
        ["po_number"] = Blank(PoNumber),
        ["delivery_date"] = Date(DeliveryDate),
        ["invoice_number"] = Blank(InvoiceNumber),
        ["quote_due_date"] = Date(QuoteDueDate),
    };

    /// <summary>Every variable name a template may use: the facts, and the closing and signature the renderer adds.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["salutation", "agent_name", "department", "ticket", "order_number", "po_number", "delivery_date", "invoice_number", "quote_due_date", "closing", "signature"];

    private string? Date(DateOnly? date) => date?.ToString(Language == Language.En ? "d MMMM yyyy" : "dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string DepartmentName(string department, Language language) => (department, language == Language.En) switch
    {
        ("sales", false) => "Vertrieb",
        ("support", false) => "Kundendienst",
        ("finance", false) => "Buchhaltung",
        ("info", false) => "Zentrale",
        ("sales", true) => "Sales",
        ("support", true) => "Customer Service",
        ("finance", true) => "Accounting",
        _ => "Info",
    };
}
