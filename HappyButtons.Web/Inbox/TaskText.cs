using System.Globalization;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Web.Admin;
using HappyButtons.Web.Localization;
using MudBlazor;

namespace HappyButtons.Web.Inbox;

/// <summary>What the task panel says about agent tasks: kinds, statuses, outcomes and the agents' reasons in the reader's language.</summary>
public static class TaskText
{
    public static string Kind(UiText ui, string kind) => ui[kind switch
    {
        ProposalKind.Reply => "Answer",
        ProposalKind.Order => "Order draft",
        ProposalKind.InvoiceCopy => "Invoice copy",
        ProposalKind.Handoff => "Hand-off",
        ProposalKind.Hold => "Hold",
        ProposalKind.Rma => "Return (RMA)",
        _ => "Proposal",
    }];

    public static string KindIcon(string kind) => kind switch
    {
        ProposalKind.Reply => Icons.Material.Outlined.Reply,
        ProposalKind.Order => Icons.Material.Outlined.ShoppingCart,
        ProposalKind.InvoiceCopy => Icons.Material.Outlined.Receipt,
        ProposalKind.Handoff => Icons.Material.Outlined.MoveUp,
        ProposalKind.Hold => Icons.Material.Outlined.PanTool,
        _ => Icons.Material.Outlined.AssignmentReturn,
    };

    public static string Status(UiText ui, string status) => ui[status switch
    {
        AgentTaskStatus.Proposed => "Proposed",
        AgentTaskStatus.Approved => "Being executed",
        AgentTaskStatus.Rejected => "Rejected",
        AgentTaskStatus.Done => "Done",
        AgentTaskStatus.Failed => "Failed",
        _ => "Unknown",
    }];

    public static Color StatusColor(string status) => status switch
    {
        AgentTaskStatus.Proposed => Color.Info,
        AgentTaskStatus.Approved => Color.Warning,
        AgentTaskStatus.Done => Color.Success,
        AgentTaskStatus.Failed => Color.Error,
        _ => Color.Default,
    };

    public static string Outcome(UiText ui, string? outcome) => ui[outcome switch
    {
        "unchanged" => "approved unchanged",
        "edited" => "approved after editing",
        "rejected" => "rejected",
        "automatic" => "executed automatically",
        _ => "open",
    }];

    public static string Confidence(UiText ui, double confidence) => ui.Format("{0} % sure", (confidence * 100).ToString("0", ui.Culture));

    /// <summary>The agent's reason in the reader's language; codes among its arguments (departments, intents, states) in words.</summary>
    public static string Reason(UiText ui, ProposalView proposal) =>
        proposal.ReasonKey is { } key ? Format(ui, key, proposal.ReasonArgs) : proposal.Reason;

    public static string? AutomationNote(UiText ui, AgentTaskView task) =>
        task.AutomationNoteParts is { } parts ? Format(ui, parts.Format, parts.Args) : task.AutomationNote;

    public static string Format(UiText ui, string key, IReadOnlyList<string> args) =>
        string.Format(ui.Culture, ui[key], args.Select(a => (object)Argument(ui, a)).ToArray());

    private static string Argument(UiText ui, string value)
    {
        if (Departments.IsValid(value))
        {
            return ui.Department(value);
        }

        if (TaxonomyNames.TryParseIntent(value, out _))
        {
            return AdminLabels.Intent(ui, value);
        }

        if (OrderStates.Parse(value) is { } state && value == state.Code())
        {
            return OrderStateNames.Name(state, ui.Language);
        }

        var words = value switch
        {
            OrderLookup.ByOrderNumber => "its order number",
            OrderLookup.ByInvoiceNumber => "its invoice number",
            OrderLookup.ByPoNumber => "its PO number",
            OrderLookup.ByLatest => "the customer's latest open order",
            ProposalKind.Hold => "hold",
            ProposalKind.Rma => "return (RMA)",
            _ => null,
        };
        if (words is not null)
        {
            return ui[words];
        }

        if (value is "draft" or "never" or "auto_send_when_confident")
        {
            return AdminLabels.Automation(ui, value);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d", ui.Culture);
        }

        if (value.Contains('.') && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount.ToString("#,##0.00", ui.Culture);
        }

        return value.EndsWith(" %", StringComparison.Ordinal) ? value.Replace(" %", "\u00a0%", StringComparison.Ordinal) : value;
    }
}
