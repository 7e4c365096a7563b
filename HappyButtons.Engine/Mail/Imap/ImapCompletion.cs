namespace HappyButtons.Engine.Mail.Imap;

/// <summary>The tagged status response that ends a command.</summary>
internal readonly record struct ImapCompletion(ImapStatus Status, ImapResponseCode? Code, string Text)
{
    public ImapCompletion ThrowIfFailed(string command) =>
        Status == ImapStatus.Ok ? this : throw new ImapCommandException(command, Status, Code, Text);
}
