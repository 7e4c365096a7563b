namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Why IDLE ended: new mail announced (EXISTS/RECENT), or the time was up.</summary>
public enum ImapIdleResult
{
    NewMail,
    TimeElapsed,
}
