namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Writes the body of the one requested message straight into the caller's stream.</summary>
internal sealed class SingleMessageSink(Stream destination) : IImapMessageSink
{
    public ImapFetchedMessage? Message { get; private set; }

    public Stream OpenBody(int sequenceNumber, long length) => destination;

    public ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken)
    {
        Message = message;
        return ValueTask.CompletedTask;
    }

    public void Discard(Stream body) => Message = null;
}
