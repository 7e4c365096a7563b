namespace HappyButtons.Engine.Mail.Imap;

/// <summary>STATUS of a folder without selecting it: enough to decide whether polling needs to fetch.</summary>
public sealed record ImapFolderStatus(string Name, int Messages, int Unseen, uint UidNext, uint UidValidity);
