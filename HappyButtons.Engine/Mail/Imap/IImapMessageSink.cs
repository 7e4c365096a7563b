namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// Receives message bodies streamed out of FETCH responses. A body is complete only when
/// <see cref="CommitAsync"/> is called; when the response breaks off (connection lost mid-literal)
/// <see cref="Discard"/> is called instead and the partial bytes must not be used.
/// </summary>
public interface IImapMessageSink
{
    /// <summary>Where to write the body of message <paramref name="sequenceNumber"/>; called as its literal starts.</summary>
    Stream OpenBody(int sequenceNumber, long length);

    /// <summary>The FETCH response is complete: <paramref name="body"/> holds the whole message.</summary>
    ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken);

    /// <summary>The response broke off; throw away what was written to <paramref name="body"/>.</summary>
    void Discard(Stream body);
}
