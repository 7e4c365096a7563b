using System.Runtime.CompilerServices;
using System.Text.Json;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Engine.Conversations;

/// <summary>What a received mail tells about the conversation it belongs to.</summary>
public sealed record ThreadKeys(IReadOnlyList<string> References, long? TicketConversationId, IReadOnlyList<string> Recipients)
{
    public static ThreadKeys Of(ParsedMail mail) => new(
        ConversationThreading.Ids([mail.InReplyTo, .. mail.References]),
        TicketNumber.Find(mail.Subject),
        [.. mail.To.Concat(mail.Cc).Select(a => a.Address)]);
}

/// <summary>
/// Puts a processed mail into its conversation, inside the processing transaction (docs/decisions.md): first by
/// In-Reply-To/References against every Message-ID the conversations know (received mail and our own replies), then by
/// the ticket number in the subject (only from the conversation's customer: their address's domain or customer number,
/// so a stranger cannot write into someone else's case by typing a number), else a new conversation in the routed
/// department. A customer's answer opens a pending or resolved conversation again; one to a closed conversation starts a
/// new one that names the old. Idempotent: a mail already in a conversation stays where it is.
/// </summary>
public static class ConversationThreading
{
    /// <summary>The result for the notifications after the commit.</summary>
    public sealed record Placement(Conversation Conversation, bool Created, bool Reopened);

    public static Placement? Place(HappyButtonsDbContext context, Message row, ThreadKeys keys, DateTimeOffset now)
    {
        if (AlreadyThreaded(context, row.Id))
        {
            return null;
        }

        var conversation = ByReferences(context, keys.References) ?? ByTicket(context, keys.TicketConversationId, row);
        if (row.Archived && conversation is null)
        {
            // Auto replies and spam make no work; they join a conversation only when they clearly answer one.
            return null;
        }

        Conversation? followed = null;
        if (conversation is { State: ConversationState.Closed })
        {
            followed = conversation;
            conversation = null;
        }

        var created = conversation is null;
        conversation ??= Start(context, row, now);
        var reopened = false;
        if (!created && !row.Archived)
        {
            reopened = conversation.State is ConversationState.Pending or ConversationState.Resolved
                       && ConversationClock.SetState(conversation, ConversationState.Open, now);
            conversation.LastIncomingAt = row.ReceivedAt;
            conversation.Version++;
        }

        conversation.LastMessageAt = Max(conversation.LastMessageAt, row.ReceivedAt);
        conversation.UpdatedAt = now;
        conversation.Entries.Add(Incoming(row));
        if (reopened)
        {
            conversation.Entries.Add(Event(EventCode.Reopened, ConversationState.Open, now));
        }

        if (followed is not null)
        {
            conversation.Entries.Add(Event(EventCode.FollowUp, TicketNumber.Format(followed.Id), now));
        }

        return new Placement(conversation, created, reopened);
    }

    /// <summary>
    /// Whether the mail is in a conversation already (a re-run of its processing). Asked once per processing batch: the
    /// batch's messages are the ones the context tracks, so one query answers for all of them instead of one per mail.
    /// </summary>
    private static bool AlreadyThreaded(HappyButtonsDbContext context, long messageId)
    {
        var threaded = ThreadedInBatch.GetValue(context, c =>
        {
            var batch = c.ChangeTracker.Entries<Message>().Select(e => e.Entity.Id).ToList();
            return new BatchThreading(batch.ToHashSet(), c.ConversationEntries.Where(e => e.MessageId != null && batch.Contains(e.MessageId.Value))
                .Select(e => e.MessageId!.Value).ToHashSet());
        });
        return threaded.Batch.Contains(messageId)
            ? threaded.Threaded.Contains(messageId)
            : context.ConversationEntries.Any(e => e.MessageId == messageId);
    }

    private sealed record BatchThreading(HashSet<long> Batch, HashSet<long> Threaded);

    private static readonly ConditionalWeakTable<HappyButtonsDbContext, BatchThreading> ThreadedInBatch = new();

    /// <summary>Message-IDs as stored: without angle brackets, without blanks, each once.</summary>
    public static IReadOnlyList<string> Ids(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Normalize(v!)).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public static string Normalize(string messageId) => messageId.Trim().Trim('<', '>').Trim();

    private static Conversation? ByReferences(HappyButtonsDbContext context, IReadOnlyList<string> references)
    {
        if (references.Count == 0)
        {
            return null;
        }

        // A mail of the same group may have started the conversation a moment ago (not saved yet).
        var local = context.ConversationEntries.Local.LastOrDefault(e => e.MessageIdHeader is { } id && references.Contains(id))?.Conversation;
        if (local is not null)
        {
            return local;
        }

        var bounded = references.Count > 100 ? references.TakeLast(100).ToList() : references;
        var id = context.ConversationEntries.Where(e => e.MessageIdHeader != null && bounded.Contains(e.MessageIdHeader))
            .OrderByDescending(e => e.Id).Select(e => (long?)e.ConversationId).FirstOrDefault();
        return id is { } found ? context.Conversations.Find(found) : null;
    }

    private static Conversation? ByTicket(HappyButtonsDbContext context, long? conversationId, Message row)
    {
        if (conversationId is not { } id || context.Conversations.Find(id) is not { } conversation)
        {
            return null;
        }

        var sameCustomer = conversation.CustomerNumber is { } number && number == row.Classification.CustomerNumber;
        var sameDomain = DomainOf(conversation.CustomerAddress) is { } domain && domain == DomainOf(row.FromAddress);
        return sameCustomer || sameDomain ? conversation : null;
    }

    private static Conversation Start(HappyButtonsDbContext context, Message row, DateTimeOffset now)
    {
        var replyTo = row.ReplyTo?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var review = row.Classification.ReviewReason;
        var conversation = new Conversation
        {
            Department = row.Department ?? row.Mailbox,
            Subject = Subject(row.Subject),
            CustomerNumber = row.Classification.CustomerNumber,
            CustomerAddress = replyTo ?? row.FromAddress,
            CustomerName = row.FromName,
            Priority = row.Routing.Priority,
            Urgency = row.Classification.Urgency,
            SlaPolicy = row.Routing.SlaPolicy,
            SlaDueAt = row.Routing.SlaDueAt,
            ResolutionDueAt = row.Routing.SlaResolutionDueAt,
            PleaseCheck = review is not null,
            PleaseCheckReason = review,
            CreatedAt = now,
            LastMessageAt = row.ReceivedAt,
            LastIncomingAt = row.ReceivedAt,
            UpdatedAt = now,
            Version = 1,
        };
        context.Conversations.Add(conversation);
        return conversation;
    }

    private static ConversationEntry Incoming(Message row) => new()
    {
        Kind = EntryKind.Incoming, MessageId = row.Id, MessageIdHeader = row.MessageIdHeader is { } id ? Normalize(id) : null,
        FromAddress = row.FromAddress, FromName = row.FromName, ToAddress = FirstRecipient(row.ToAddresses), Subject = row.Subject,
        At = row.ReceivedAt,
    };

    internal static ConversationEntry Event(string code, string? detail, DateTimeOffset now, long? authorId = null, string? authorName = null, string? text = null) => new()
    {
        Kind = EntryKind.Event, EventCode = code, EventDetail = detail, At = now, AuthorId = authorId, AuthorName = authorName, Text = text,
    };

    public static string Subject(string? subject)
    {
        var text = TicketNumber.Strip(subject);
        return text.Length == 0 ? "" : text.Length > 300 ? text[..300] : text;
    }

    private static string? FirstRecipient(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<List<string>>(json)?.FirstOrDefault();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? DomainOf(string? address) =>
        address is not null && address.LastIndexOf('@') is var at and > 0 ? address[(at + 1)..].Trim().ToLowerInvariant() : null;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
