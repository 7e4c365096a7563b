namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// The server broke the protocol, the connection was lost or timed out. The client is disconnected
/// afterwards; reconnect to continue.
/// </summary>
public sealed class ImapProtocolException : ImapException
{
    public ImapProtocolException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
