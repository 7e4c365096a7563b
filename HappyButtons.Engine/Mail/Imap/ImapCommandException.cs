namespace HappyButtons.Engine.Mail.Imap;

/// <summary>The server answered a command with NO or BAD. The connection stays usable.</summary>
public sealed class ImapCommandException : ImapException
{
    public ImapCommandException(string command, ImapStatus status, ImapResponseCode? responseCode, string responseText)
        : base($"IMAP {command} failed: {status}{(responseCode is null ? "" : $" [{responseCode}]")} {responseText}")
    {
        Command = command;
        Status = status;
        ResponseCode = responseCode;
        ResponseText = responseText;
    }

    public string Command { get; }

    public ImapStatus Status { get; }

    /// <summary>The bracketed code, e.g. TRYCREATE or NONEXISTENT; null when the server sent none.</summary>
    public ImapResponseCode? ResponseCode { get; }

    public string ResponseText { get; }
}
