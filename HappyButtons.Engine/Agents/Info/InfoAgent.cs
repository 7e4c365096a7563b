using System.Text.Json.Nodes;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Agents.Info;

/// <summary>
/// The central mailbox's agent: triage — a mail whose concern another department owns is handed over with the reason —
/// and the answer to a general inquiry. It also stands in for a department without an agent of its own, so every
/// processed mail gets a task.
/// </summary>
public sealed class InfoAgent(ReplyDrafting replies) : IDepartmentAgent
{
    public string Department => "info";

    public async Task<IReadOnlyList<ProposalDraft>> ProposeAsync(AgentContext context, CancellationToken cancellationToken)
    {
        if (context.Intent is Intent.Spam or Intent.AutoReply)
        {
            return [];
        }

        var home = context.Intent.HomeDepartment().ToApiName();
        if (home != context.Department)
        {
            return [Handoff(context, home)];
        }

        if (context.Intent == Intent.GeneralInquiry
            && await replies.FromTemplateAsync(context, "general-inquiry", replies.Facts(context), cancellationToken) is { } reply)
        {
            return [Proposals.Make(ProposalKind.Reply, Math.Min(0.85, context.ClassificationConfidence), reply,
                "General inquiry: acknowledge it with the case number and answer within 2 working days")];
        }

        return [];
    }

    public static ProposalDraft Handoff(AgentContext context, string to) =>
        Proposals.Make(ProposalKind.Handoff, context.ClassificationConfidence, new JsonObject { ["to"] = to, ["intent"] = context.Intent.ToApiName() },
            "Classified as {0}: {1} handles it", context.Intent.ToApiName(), to);
}
