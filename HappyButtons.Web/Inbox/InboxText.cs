using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Web.Localization;
using MudBlazor;

namespace HappyButtons.Web.Inbox;

/// <summary>What the inbox says about states, events and refusals, in the reader's language (codes are never shown).</summary>
public static class InboxText
{
    public static string State(UiText ui, string state) => ui[state switch
    {
        ConversationState.Open => "Open",
        ConversationState.Pending => "Waiting on customer",
        ConversationState.Resolved => "Resolved",
        ConversationState.Closed => "Closed",
        _ => "Unknown",
    }];

    public static Color StateColor(string state) => state switch
    {
        ConversationState.Open => Color.Primary,
        ConversationState.Pending => Color.Warning,
        ConversationState.Resolved => Color.Success,
        _ => Color.Default,
    };

    public static string View(UiText ui, QueueView view) => ui[view switch
    {
        QueueView.Mine => "Mine",
        QueueView.Unassigned => "Unassigned",
        QueueView.Open => "All open",
        QueueView.Waiting => "Waiting",
        QueueView.Breached => "Breached",
        QueueView.Done => "Done",
        _ => "All",
    }];

    public static string Refusal(UiText ui, WorkResult result) => result.Refusal switch
    {
        WorkRefusal.Conflict => ui.Format("{0} changed this conversation in the meantime; it has been reloaded. Please check and try again.", result.By ?? ui["Someone else"]),
        WorkRefusal.AlreadyDone => result.By is { } by ? ui.Format("Already done – by {0}.", by) : ui["Already done."],
        WorkRefusal.NotAMember => ui["Only members of the conversation's department can be assigned."],
        WorkRefusal.UnknownDepartment => ui["Choose a department."],
        WorkRefusal.ReasonMissing => ui["Please give a reason for the move."],
        WorkRefusal.EmptyNote => ui["The note is empty."],
        WorkRefusal.UnknownState => ui["Unknown state."],
        _ => ui["The conversation no longer exists."],
    };

    public static string Refusal(UiText ui, ReplyResult result) => result.Refusal switch
    {
        ReplyRefusal.EmptyBody => ui["The reply is empty."],
        ReplyRefusal.NoCustomerAddress => ui["This conversation has no customer address to reply to. Nothing was sent."],
        ReplyRefusal.InvalidCustomerAddress => ui.Format("The customer address \"{0}\" is not a valid e-mail address. Nothing was sent.", result.Detail ?? ""),
        ReplyRefusal.AttachmentsTooLarge => ui.Format("The attachments come to {0} MB; at most {1} MB can be sent. Leave some out. Nothing was sent.",
            result.Detail?.Split('|') is [var total, var limit] ? [total, limit] : ["?", "?"]),
        ReplyRefusal.UnknownAttachment => ui["An attachment is no longer available. Nothing was sent."],
        ReplyRefusal.ColleagueReplied => ui.Format("{0} sent a reply while you were writing. Read it below; send yours anyway if it is still needed.", result.Detail ?? ui["Someone else"]),
        ReplyRefusal.NoMailbox => ui["The department has no mailbox to send from. Nothing was sent."],
        ReplyRefusal.UnknownState => ui["Unknown state."],
        ReplyRefusal.CourtesyBelowMinimum => ui.Format("The reply scores {0} of 100 for courtesy, under the minimum of {1}. Improve it, or tick \"Send under the minimum\" and give your reason. Nothing was sent.",
            result.Courtesy?.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", result.MinimumCourtesy?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"),
        _ => ui["The conversation no longer exists."],
    };

    /// <summary>The sentence an event entry of the timeline reads as.</summary>
    public static string Event(UiText ui, TimelineEntry e) => e.EventCode switch
    {
        EventCode.Claimed => ui.Format("{0} took the conversation.", e.AuthorName ?? ""),
        EventCode.Assigned => ui.Format("{0} assigned it to {1}.", e.AuthorName ?? "", e.EventDetail ?? ""),
        EventCode.Unassigned => ui.Format("{0} released it.", e.AuthorName ?? ""),
        EventCode.Moved when e.EventDetail?.Split('>') is [var from, var to, MessageCorrections.CorrectedMark] =>
            ui.Format("{0} corrected the classification of the first mail; the conversation moved from {1} to {2}.", e.AuthorName ?? "", ui.Department(from), ui.Department(to)),
        EventCode.Moved when e.EventDetail?.Split('>') is [var from, var to] =>
            ui.Format("{0} moved it from {1} to {2}.", e.AuthorName ?? "", ui.Department(from), ui.Department(to)),
        EventCode.State => ui.Format("{0} set it to \"{1}\".", e.AuthorName ?? "", State(ui, e.EventDetail ?? "")),
        EventCode.Reopened => ui["The customer answered: open again."],
        EventCode.FollowUp => ui.Format("Follow-up to the closed conversation {0}.", e.EventDetail ?? ""),
        EventCode.Escalated when e.EventDetail == "assignee" => ui["SLA overdue: the assignee was told."],
        EventCode.Escalated => ui["SLA overdue: escalated to the escalation contacts, priority raised."],
        EventCode.Checked => ui.Format("{0} confirmed the department.", e.AuthorName ?? ""),
        _ => ui["Changed."],
    };

    public static string OutgoingStatus(UiText ui, string? status) => ui[status switch
    {
        "sent" => "sent",
        "failed" => "not sent",
        _ => "not yet sent",
    }];

    public static string Notice(UiText ui, string kind, string ticket, string subject, string? by) => kind switch
    {
        "assigned" => ui.Format("{0} assigned {1} to you: {2}", by ?? "", ticket, subject),
        "customer_replied" => ui.Format("The customer answered {0}: {1}", ticket, subject),
        "escalated" => ui.Format("SLA overdue on {0}: {1}", ticket, subject),
        "mentioned" => ui.Format("{0} mentioned you in {1}: {2}", by ?? "", ticket, subject),
        _ => subject,
    };

    /// <summary>"2 h 5 min" for a span (always positive).</summary>
    public static string Span(UiText ui, TimeSpan span)
    {
        span = span.Duration();
        return span.TotalDays >= 1 ? ui.Format("{0} d {1} h", (int)span.TotalDays, span.Hours)
            : span.TotalHours >= 1 ? ui.Format("{0} h {1} min", (int)span.TotalHours, span.Minutes)
            : ui.Format("{0} min", Math.Max(0, (int)span.TotalMinutes));
    }
}
