namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// A message file in a Maildir. <see cref="SourceId"/> is the file name without the ":2,flags" info,
/// so it stays the same when the message moves from new/ to cur/ and its flags change.
/// </summary>
/// <param name="IsRegularFile">False for a symbolic link, pipe, socket or device in the folder: never read as a message.</param>
public sealed record MaildirEntry(string SourceId, string Path, long Size, DateTimeOffset DeliveredAt, bool IsRegularFile = true);
