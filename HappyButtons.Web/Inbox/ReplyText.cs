using HappyButtons.Engine.Conversations;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Inbox;

/// <summary>Reply templates and their facts in the reader's language (the template variables are codes, never shown raw).</summary>
public static class ReplyText
{
    public static string Fact(UiText ui, string variable) => variable switch
    {
        "salutation" => ui["the salutation"],
        "agent_name" => ui["your name"],
        "department" => ui["the department"],
        "ticket" => ui["the ticket number"],
        "order_number" => ui["the order number"],
        "po_number" => ui["the customer's PO number"],
        "delivery_date" => ui["the delivery date"],
        "invoice_number" => ui["the invoice number"],
        "quote_due_date" => ui["the date the quote is due"],
        "closing" => ui["the closing"],
        "signature" => ui["the company data of the signature (§35a GmbHG)"],
        _ => variable,
    };

    /// <summary>Why a template could not start the reply.</summary>
    public static string Problem(UiText ui, ReplyStart start) => start.Problem switch
    {
        ReplyStartProblem.UnknownTemplate => ui["This template no longer exists."],
        ReplyStartProblem.TemplateNotRendered when start.MissingFacts.Count > 0 =>
            ui.Format("The template needs {0}, which this conversation does not have. The text starts without the template.",
                string.Join(", ", start.MissingFacts.Select(f => Fact(ui, f)))),
        ReplyStartProblem.TemplateNotRendered => ui.Format("The template could not be rendered: {0}", start.Error ?? ""),
        _ => ui["The conversation no longer exists."],
    };
}
