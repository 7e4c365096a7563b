namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Status of a tagged or untagged status response.</summary>
public enum ImapStatus
{
    Ok,
    No,
    Bad,
    PreAuth,
    Bye,
}
