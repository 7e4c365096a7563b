using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>A mailbox's settings or status (connected, last fetch, last error) changed; the admin page's status list refreshes.</summary>
public sealed record MailboxStatusChanged(string Mailbox) : DomainEvent(MailboxStatusChanged.TopicName, null)
{
    public const string TopicName = "mailboxes";
}
