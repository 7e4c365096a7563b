namespace HappyButtons.Engine.Mail.Imap;

/// <summary>The server rejected the credentials (or offers no mechanism the client may use).</summary>
public sealed class ImapAuthenticationException : ImapException
{
    public ImapAuthenticationException(string message, ImapResponseCode? responseCode = null)
        : base(message)
    {
        ResponseCode = responseCode;
    }

    /// <summary>For example AUTHENTICATIONFAILED or UNAVAILABLE.</summary>
    public ImapResponseCode? ResponseCode { get; }
}
