namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Parses <c>* LIST (\HasNoChildren) "/" "Name"</c>; the name may be an atom, quoted string or literal.</summary>
internal sealed class ImapListHandler : IImapUntaggedHandler
{
    public List<ImapFolder> Folders { get; } = [];

    public async ValueTask<bool> HandleAsync(string name, uint number, ImapReader reader, CancellationToken cancellationToken)
    {
        if (name != "LIST")
        {
            return false;
        }

        var attributes = await ImapSyntax.ReadFlagListAsync(reader, cancellationToken).ConfigureAwait(false);
        var delimiter = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        var folder = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        var encoded = folder.Kind switch
        {
            ImapTokenKind.Literal => await reader.ReadLiteralAsStringAsync(cancellationToken).ConfigureAwait(false),
            ImapTokenKind.Atom or ImapTokenKind.QuotedString => folder.Text,
            _ => throw new ImapProtocolException($"Unexpected {folder} as a mailbox name in LIST."),
        };

        await ImapSyntax.SkipToEndOfLineAsync(reader, cancellationToken).ConfigureAwait(false);
        Folders.Add(new ImapFolder(ImapFolderName.Decode(encoded), delimiter.IsNil ? null : delimiter.Text, attributes));
        return true;
    }
}
