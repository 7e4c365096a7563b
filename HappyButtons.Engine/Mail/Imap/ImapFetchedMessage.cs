namespace HappyButtons.Engine.Mail.Imap;

/// <summary>One message's attributes from a FETCH response. Fields the command did not ask for are null.</summary>
public sealed record ImapFetchedMessage(
    int SequenceNumber,
    uint Uid,
    IReadOnlyList<string>? Flags,
    DateTimeOffset? InternalDate,
    long? Size,
    long? BodyLength);
