namespace HappyButtons.Engine.Mail.Imap;

internal enum ImapTokenKind
{
    Atom,
    QuotedString,
    Literal,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Eol,
}

/// <summary>
/// One lexical token of a server response. A literal token carries only its length: the bytes
/// stay in the stream until the caller copies, reads or skips them through <see cref="ImapReader"/>.
/// </summary>
internal readonly record struct ImapToken(ImapTokenKind Kind, string Text = "", long LiteralLength = 0)
{
    public bool IsAtom(string value) =>
        Kind == ImapTokenKind.Atom && string.Equals(Text, value, StringComparison.OrdinalIgnoreCase);

    public bool IsNil => IsAtom("NIL");

    public override string ToString() => Kind switch
    {
        ImapTokenKind.Atom => Text,
        ImapTokenKind.QuotedString => $"\"{Text}\"",
        ImapTokenKind.Literal => $"{{{LiteralLength}}}",
        ImapTokenKind.Eol => "end of line",
        _ => Kind.ToString(),
    };
}
