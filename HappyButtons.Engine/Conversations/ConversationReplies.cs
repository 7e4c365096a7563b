using System.Globalization;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// A reply as the clerk sends it. <see cref="DraftId"/> is made once when the composer opens: it becomes the Message-ID,
/// so a second click (or a retry after a lost answer) is the same mail, queued and recorded once.
/// <see cref="SeenEntryId"/> is the newest timeline entry the clerk saw: a reply a colleague sent after it is shown first.
/// </summary>
public sealed record ReplyDraft(Guid DraftId, string Body, string StateAfter = ConversationState.Pending, IReadOnlyList<long>? AttachmentIds = null,
    long? SeenEntryId = null, bool SendDespiteNewerReply = false)
{
    /// <summary>
    /// The clerk's reason to send a reply under the minimum courtesy score (<see cref="ReplyOptions.MinimumCourtesyScore"/>);
    /// without one such a reply is refused. The override is audited and shown on the reply in the timeline.
    /// </summary>
    public string? CourtesyOverrideReason { get; init; }

    /// <summary>Files that are not attachments of the conversation's mails (an agent's invoice copy).</summary>
    public IReadOnlyList<OutgoingAttachment> Files { get; init; } = [];
}

public enum ReplyRefusal
{
    NotFound,
    EmptyBody,
    NoCustomerAddress,
    InvalidCustomerAddress,
    AttachmentsTooLarge,
    UnknownAttachment,
    /// <summary>A colleague sent a reply after the clerk opened the composer: shown before the clerk's goes out.</summary>
    ColleagueReplied,
    UnknownState,
    NoMailbox,
    /// <summary>The reply scores under the minimum courtesy score and no override reason was given (<see cref="ReplyResult.Courtesy"/>).</summary>
    CourtesyBelowMinimum,
}

public sealed record ReplyResult(ReplyRefusal? Refusal, long? EntryId = null, string? MessageId = null, long? OutgoingMailId = null,
    TimelineEntry? NewerReply = null, string? Detail = null)
{
    /// <summary>This draft had been sent before (a second click): nothing was sent again.</summary>
    public bool AlreadySent { get; init; }

    /// <summary>The reply's courtesy score (sent, or refused for being under the minimum).</summary>
    public CourtesyScore? Courtesy { get; init; }

    /// <summary>The minimum courtesy score that applied.</summary>
    public int? MinimumCourtesy { get; init; }

    public bool Succeeded => Refusal is null;
}

/// <summary>
/// Writes and sends replies: a starting text (salutation of the customer's contact, a department template, the clerk's
/// signature, the customer's mail quoted), and the send through the outbox (<see cref="MailOutbox"/>: SMTP with retries,
/// else the pickup folder; a copy in the mailbox's Sent folder) with In-Reply-To/References and the ticket number in the
/// subject. The reply enters the timeline at once (shown "not yet sent" until the outbox has delivered it), the first
/// reply sets the first response time, and the conversation takes the state the clerk chose (pending by default).
/// </summary>
public sealed class ConversationReplies(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    ConversationWork work,
    ConversationQueries queries,
    MailOutbox outbox,
    MailboxRegistry mailboxes,
    RawMailStore rawStore,
    IOptions<ConversationOptions> options,
    ConversationReplyFacts replyFacts,
    ReplyTemplateCache templates,
    ReplyRenderer renderer,
    IOptionsMonitor<ReplyOptions> replyOptions,
    AuditLog audit)
{
    public int MinimumCourtesyScore => replyOptions.CurrentValue.MinimumCourtesyScore;

    /// <summary>The conversation's reply facts (contact, ticket, order, invoice) and the context the courtesy score is computed in.</summary>
    public Task<ConversationReplyContext?> ContextAsync(long conversationId, string agentName, CancellationToken cancellationToken) =>
        replyFacts.LoadAsync(conversationId, agentName, cancellationToken);

    /// <summary>A text's courtesy score as sending would compute it for this conversation; null when the conversation is unknown.</summary>
    public async Task<CourtesyScore?> ScoreAsync(long conversationId, string text, CancellationToken cancellationToken) =>
        (await ContextAsync(conversationId, "", cancellationToken))?.Score(text);

    /// <summary>The text the composer starts with (see <see cref="ComposeAsync"/>); without the template when it cannot be rendered.</summary>
    public async Task<string> StartTextAsync(long conversationId, string agentName, string? templateKey, bool quote, CancellationToken cancellationToken) =>
        (await ComposeAsync(conversationId, agentName, templateKey, quote, cancellationToken)).Text;

    /// <summary>
    /// The starting text: the stored template <paramref name="templateKey"/> in the conversation's language rendered with its
    /// facts (or, without a template, the salutation, the closing and the signature), and the customer's last mail quoted.
    /// A template that needs a fact the conversation lacks is not used: the result names the missing facts.
    /// </summary>
    public async Task<ReplyStart> ComposeAsync(long conversationId, string agentName, string? templateKey, bool quote, CancellationToken cancellationToken)
    {
        var reply = await ContextAsync(conversationId, agentName, cancellationToken);
        if (reply is null)
        {
            return new ReplyStart("", ReplyStartProblem.NotFound, null, []);
        }

        string? error = null;
        var problem = (ReplyStartProblem?)null;
        IReadOnlyList<string> missing = [];
        string? text = null;
        if (!string.IsNullOrWhiteSpace(templateKey))
        {
            var template = await templates.FindAsync(templateKey.Trim(), reply.Language, cancellationToken);
            if (template is null)
            {
                problem = ReplyStartProblem.UnknownTemplate;
            }
            else
            {
                var rendering = renderer.Render(template.Body, reply.Facts with { Language = template.Language });
                text = rendering.Text;
                if (!rendering.Succeeded)
                {
                    (problem, error, missing) = (ReplyStartProblem.TemplateNotRendered, rendering.Error, rendering.MissingVariables);
                }
            }
        }

        text ??= Blank(reply);
        if (quote && reply.LastIncomingMessageId is { } lastId)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            if (await context.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == lastId, cancellationToken) is { } last)
            {
                text = text.TrimEnd() + "\n\n" + Quote(last, reply.Language == Language.En);
            }
        }

        return new ReplyStart(text, problem, error, missing);
    }

    /// <summary>Without a template: the salutation, room to write, the closing, the clerk, the department and the §35a block when the company data has it.</summary>
    private string Blank(ConversationReplyContext reply)
    {
        var facts = reply.Facts;
        var signature = LegalSignature.Missing(renderer.Company).Count == 0 ? "\n" + LegalSignature.Block(renderer.Company, facts.Language) : "";
        return $"{facts.Contact.Salutation(facts.Language)},\n\n\n\n{LegalSignature.Closing(facts.Language)}\n\n{facts.AgentName}\n" +
               $"{ReplyFacts.DepartmentName(reply.Department, facts.Language)}{signature}\n";
    }

    public async Task<ReplyResult> SendAsync(long conversationId, ReplyDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            return new ReplyResult(ReplyRefusal.EmptyBody);
        }

        if (!ConversationState.IsValid(draft.StateAfter))
        {
            return new ReplyResult(ReplyRefusal.UnknownState);
        }

        Conversation? conversation;
        List<ConversationEntry> mails;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            conversation = await context.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null)
            {
                return new ReplyResult(ReplyRefusal.NotFound);
            }

            mails = await context.ConversationEntries.AsNoTracking()
                .Where(e => e.ConversationId == conversationId && (e.Kind == EntryKind.Incoming || e.Kind == EntryKind.Outgoing))
                .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        }

        var mailbox = await mailboxes.GetAsync(conversation.Department, cancellationToken);
        if (mailbox is null)
        {
            return new ReplyResult(ReplyRefusal.NoMailbox);
        }

        var messageId = $"{draft.DraftId:N}.{TicketNumber.Format(conversationId).ToLowerInvariant()}@{Domain(mailbox.Address)}";
        if (mails.FirstOrDefault(e => e.MessageIdHeader == messageId) is { } already)
        {
            return new ReplyResult(null, already.Id, messageId, already.OutgoingMailId) { AlreadySent = true };
        }

        if (string.IsNullOrWhiteSpace(conversation.CustomerAddress))
        {
            return new ReplyResult(ReplyRefusal.NoCustomerAddress);
        }

        if (!IsValidAddress(conversation.CustomerAddress))
        {
            return new ReplyResult(ReplyRefusal.InvalidCustomerAddress, Detail: conversation.CustomerAddress);
        }

        if (!draft.SendDespiteNewerReply && draft.SeenEntryId is { } seen
            && mails.LastOrDefault(e => e.Kind == EntryKind.Outgoing && e.Id > seen && e.AuthorId != actor.UserId) is { } newer)
        {
            var detail = await queries.GetAsync(conversationId, null, cancellationToken);
            return new ReplyResult(ReplyRefusal.ColleagueReplied, NewerReply: detail?.Timeline.FirstOrDefault(t => t.Id == newer.Id), Detail: newer.AuthorName);
        }

        var (attachments, refusal, refusalDetail) = await AttachmentsAsync(conversationId, mails, draft.AttachmentIds ?? [], cancellationToken);
        if (refusal is not null)
        {
            return new ReplyResult(refusal, Detail: refusalDetail);
        }

        var reply = await ContextAsync(conversationId, actor.Name, cancellationToken);
        var courtesy = reply!.Score(draft.Body);
        var minimum = MinimumCourtesyScore;
        var overrideReason = courtesy.Score < minimum ? draft.CourtesyOverrideReason?.Trim() : null;
        if (courtesy.Score < minimum && string.IsNullOrEmpty(overrideReason))
        {
            return new ReplyResult(ReplyRefusal.CourtesyBelowMinimum, Detail: $"{courtesy.Score}|{minimum}") { Courtesy = courtesy, MinimumCourtesy = minimum };
        }

        var ids = mails.Where(e => e.MessageIdHeader is not null).Select(e => e.MessageIdHeader!).ToList();
        var lastIncoming = mails.LastOrDefault(e => e.Kind == EntryKind.Incoming && e.MessageIdHeader is not null)?.MessageIdHeader;
        var subject = TicketNumber.ReplySubject(conversation.Subject, conversationId);
        var message = new OutgoingMessage
        {
            From = new EmailAddress(FromName(conversation.Department), mailbox.Address),
            To = [new EmailAddress(conversation.CustomerName, conversation.CustomerAddress.Trim())],
            Subject = subject,
            TextBody = draft.Body,
            MessageId = messageId,
            InReplyTo = lastIncoming ?? ids.LastOrDefault(),
            // The first and the newest: enough to thread, short enough for every server (RFC 5322 §3.6.4 allows trimming).
            References = ids.Count <= 20 ? ids : [ids[0], .. ids.TakeLast(19)],
            Attachments = [.. attachments, .. draft.Files],
        };
        var outgoingId = await outbox.QueueAsync(message, conversation.Department, cancellationToken);
        var result = await RecordAsync(conversationId, draft, actor, message, outgoingId, new SentCourtesy(courtesy.Score, minimum, overrideReason), cancellationToken);
        return result with { Courtesy = courtesy, MinimumCourtesy = minimum };
    }

    /// <summary>The score a reply went out with, and the clerk's reason when it was under the minimum.</summary>
    private sealed record SentCourtesy(int Score, int Minimum, string? OverrideReason);

    /// <summary>The reply into the timeline with its state and clock changes; retried when a colleague's change got in between.</summary>
    private async Task<ReplyResult> RecordAsync(long conversationId, ReplyDraft draft, Actor actor, OutgoingMessage message, long outgoingId, SentCourtesy courtesy,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            long entryId = 0;
            ConversationEntry? entry = null;
            var result = await work.ChangeAsync(conversationId, actor, null, async (context, conversation, now) =>
            {
                if (await context.ConversationEntries.AnyAsync(e => e.MessageIdHeader == message.MessageId && e.ConversationId == conversationId, cancellationToken))
                {
                    return WorkRefusal.AlreadyDone;
                }

                entry = new ConversationEntry
                {
                    Kind = EntryKind.Outgoing, OutgoingMailId = outgoingId, MessageIdHeader = message.MessageId, FromAddress = message.From.Address,
                    FromName = message.From.DisplayName, ToAddress = message.To[0].Address, Subject = message.Subject, Text = message.TextBody,
                    AuthorId = actor.UserId, AuthorName = actor.Name, At = now, CourtesyScore = courtesy.Score, CourtesyOverride = courtesy.OverrideReason,
                };
                conversation.Entries.Add(entry);
                if (courtesy.OverrideReason is { } reason)
                {
                    audit.Add(context, actor.Name, "reply.courtesy_override", $"conversation:{conversationId}",
                        $"{TicketNumber.Format(conversationId)}; score {courtesy.Score} under the minimum {courtesy.Minimum}; reason '{reason}'; message {message.MessageId}");
                }

                conversation.LastMessageAt = now;
                ConversationClock.RecordReply(conversation, now);
                if (ConversationClock.SetState(conversation, draft.StateAfter, now))
                {
                    conversation.Entries.Add(ConversationThreading.Event(EventCode.State, draft.StateAfter, now, actor.UserId, actor.Name));
                }

                return null;
            }, cancellationToken);
            entryId = entry?.Id ?? 0;
            if (result.Succeeded || result.Refusal == WorkRefusal.AlreadyDone || attempt >= 4)
            {
                if (result.Refusal == WorkRefusal.AlreadyDone)
                {
                    await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                    entryId = await context.ConversationEntries.Where(e => e.MessageIdHeader == message.MessageId).Select(e => e.Id).FirstOrDefaultAsync(cancellationToken);
                }

                return result.Refusal is null or WorkRefusal.AlreadyDone
                    ? new ReplyResult(null, entryId, message.MessageId, outgoingId)
                    : new ReplyResult(ReplyRefusal.NotFound, MessageId: message.MessageId, OutgoingMailId: outgoingId);
            }
        }
    }

    private async Task<(IReadOnlyList<OutgoingAttachment> Files, ReplyRefusal? Refusal, string? Detail)> AttachmentsAsync(
        long conversationId, List<ConversationEntry> mails, IReadOnlyList<long> attachmentIds, CancellationToken cancellationToken)
    {
        if (attachmentIds.Count == 0)
        {
            return ([], null, null);
        }

        var messageIds = mails.Where(e => e.MessageId is not null).Select(e => e.MessageId!.Value).ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.MessageAttachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id) && messageIds.Contains(a.MessageId)).ToListAsync(cancellationToken);
        if (rows.Count != attachmentIds.Distinct().Count())
        {
            return ([], ReplyRefusal.UnknownAttachment, null);
        }

        var limit = options.Value.MaxAttachmentBytes;
        var total = rows.Sum(a => a.Size);
        if (total > limit)
        {
            return ([], ReplyRefusal.AttachmentsTooLarge, $"{Megabytes(total)}|{Megabytes(limit)}");
        }

        var files = new List<OutgoingAttachment>();
        foreach (var row in rows.OrderBy(a => a.MessageId).ThenBy(a => a.Ordinal))
        {
            if (!rawStore.Exists(row.ContentHash))
            {
                return ([], ReplyRefusal.UnknownAttachment, row.FileName);
            }

            files.Add(new OutgoingAttachment(row.FileName, row.ContentType, await rawStore.ReadAllAsync(row.ContentHash, cancellationToken)));
        }

        return (files, null, null);
    }

    private static string Quote(Message last, bool english)
    {
        var at = (last.SentAt ?? last.ReceivedAt).ToOffset(TimeSpan.FromHours(1)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        var who = last.FromName ?? last.FromAddress ?? "";
        var head = english ? $"On {at}, {who} wrote:" : $"Am {at} schrieb {who}:";
        var text = (last.NewText ?? last.BodyText ?? "").Replace("\r\n", "\n").TrimEnd();
        var lines = text.Split('\n').Take(200).Select(l => l.Length == 0 ? ">" : "> " + l);
        return head + "\n" + string.Join("\n", lines);
    }

    public static bool IsValidAddress(string address) =>
        MimeKit.MailboxAddress.TryParse(address.Trim(), out var parsed) && parsed.Address.IndexOf('@') is var at and > 0
        && parsed.Address[(at + 1)..].Contains('.') && !parsed.Address.EndsWith('.') && !address.Contains(',');

    private static string FromName(string department) => "Happy Buttons " + ReplyFacts.DepartmentName(department, Language.De);

    private static string Domain(string address) => address.LastIndexOf('@') is var at and > 0 ? address[(at + 1)..].Trim() : "happybuttons.local";

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture);
}

public enum ReplyStartProblem { NotFound, UnknownTemplate, TemplateNotRendered }

/// <summary>The composer's starting text; with <see cref="Problem"/> it is the text without the template, and <see cref="Error"/> says why.</summary>
public sealed record ReplyStart(string Text, ReplyStartProblem? Problem, string? Error, IReadOnlyList<string> MissingFacts);
