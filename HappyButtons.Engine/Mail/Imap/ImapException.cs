namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Base of every failure the IMAP client reports; catch the derived types to tell them apart.</summary>
public abstract class ImapException : Exception
{
    protected ImapException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
