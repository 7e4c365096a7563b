namespace HappyButtons.Engine.Mail.Imap;

/// <summary>What SELECT or EXAMINE reported about the folder that is now open.</summary>
public sealed record ImapFolderInfo(
    string Name,
    uint UidValidity,
    uint UidNext,
    int Exists,
    bool ReadOnly,
    IReadOnlyList<string> PermanentFlags);
