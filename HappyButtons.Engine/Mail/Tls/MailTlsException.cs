namespace HappyButtons.Engine.Mail.Tls;

/// <summary>The TLS handshake with a mail server failed, or the server does not offer TLS although it is required.</summary>
public sealed class MailTlsException : Exception
{
    public MailTlsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
