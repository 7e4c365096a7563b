namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// Lets a command consume the untagged responses it asked for (FETCH, SEARCH, LIST) straight
/// from the tokenizer. Return true after reading through the end of the line; false lets the
/// connection apply its defaults and skip the rest.
/// </summary>
internal interface IImapUntaggedHandler
{
    /// <param name="name">Upper-case response name, e.g. FETCH or SEARCH.</param>
    /// <param name="number">The message number before the name (FETCH), or 0.</param>
    ValueTask<bool> HandleAsync(string name, uint number, ImapReader reader, CancellationToken cancellationToken);
}
