using System.Text.Json.Nodes;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// A reply proposal's content: a stored template (as the administrators edited it under <c>/admin/templates</c>), or an agent's
/// own text with the same head and foot, rendered by <see cref="ReplyRenderer"/> with the salutation from the contact and the
/// conversation's facts, and its courtesy score.
/// </summary>
public sealed class ReplyDrafting(ReplyRenderer renderer, ReplyTemplateCache templates)
{
    public const string Head = "{{ salutation }},\n\n";
    public const string Foot = "\n\n{{ closing }}\n\n{{ agent_name }}\n{{ department }}\n{{ signature }}\n";

    /// <summary>Stands for the order number until approval creates the order; replaced in the body then.</summary>
    public const string PendingOrderNumber = "[AB-…]";

    public static Language LanguageOf(AgentContext context) => context.Language == Language.En ? Language.En : Language.De;

    public ReplyFacts Facts(AgentContext context) =>
        new(LanguageOf(context), context.Contact, TeamName(context.Department, LanguageOf(context)), context.Department)
        {
            Ticket = context.ConversationId is { } id ? TicketNumber.Format(id) : null,
        };

    /// <summary>
    /// The stored template <paramref name="templateKey"/> in the reply's language (else German), rendered; null when there is no
    /// such template or it cannot be rendered with these facts.
    /// </summary>
    public async Task<JsonObject?> FromTemplateAsync(AgentContext context, string templateKey, ReplyFacts facts, CancellationToken cancellationToken)
    {
        var template = await templates.FindAsync(templateKey, facts.Language, cancellationToken);
        return template is null ? null : FromBody(context, template.Body, facts, templateKey, out _);
    }

    /// <summary>An agent's own text between the standard head (salutation) and foot (closing, signature).</summary>
    public JsonObject? FromText(AgentContext context, string text, ReplyFacts facts, string templateKey, out string? error) =>
        FromBody(context, Head + text + Foot, facts, templateKey, out error);

    private JsonObject? FromBody(AgentContext context, string body, ReplyFacts facts, string templateKey, out string? error)
    {
        var rendering = renderer.Render(body, facts);
        if (!rendering.Succeeded)
        {
            error = rendering.Error;
            return null;
        }

        error = null;
        return new JsonObject
        {
            ["subject"] = context.ConversationId is { } id ? TicketNumber.ReplySubject(context.Subject, id) : "Re: " + context.Subject,
            ["body"] = rendering.Text,
            ["templateKey"] = templateKey,
            ["language"] = facts.Language == Language.En ? "en" : "de",
            ["contact"] = new JsonObject
            {
                ["gender"] = facts.Contact.Gender.ToString().ToLowerInvariant(), ["title"] = facts.Contact.Title,
                ["firstName"] = facts.Contact.FirstName, ["lastName"] = facts.Contact.LastName,
            },
        };
    }

    /// <summary>The courtesy score of a reply payload's body (or an edited body), against the contact it was written for.</summary>
    public CourtesyScore Score(JsonObject reply, string? body = null)
    {
        var language = reply.String("language") == "en" ? Language.En : Language.De;
        var contact = reply["contact"] is JsonObject c
            ? new ReplyContact(Enum.TryParse<ContactGender>(c.String("gender"), true, out var gender) ? gender : ContactGender.Unknown,
                c.String("title"), c.String("firstName"), c.String("lastName"))
            : ReplyContact.Unknown;
        return CourtesyScorer.Score(body ?? reply.String("body") ?? "", language, contact, renderer.Company);
    }

    /// <summary>Who signs an agent's draft until a person sends it (the template adds the department below).</summary>
    public static string TeamName(string department, Language language) =>
        language == Language.En ? "Your Happy Buttons team" : "Ihr Happy-Buttons-Team";
}
