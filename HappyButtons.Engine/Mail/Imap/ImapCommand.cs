using System.Text;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// A command line under construction: text pieces, literals (sent synchronising or LITERAL+),
/// and data that must wait for a continuation request (AUTHENTICATE without SASL-IR).
/// </summary>
internal sealed class ImapCommand
{
    private readonly List<ImapCommandPart> _parts = [];
    private readonly StringBuilder _text = new();

    public ImapCommand(string name)
    {
        Name = name;
        _text.Append(name);
    }

    /// <summary>The verb, used in error messages (never the arguments: they may hold a password).</summary>
    public string Name { get; }

    /// <summary>
    /// A SASL exchange where a further server challenge means failure details (XOAUTH2): the
    /// client answers with an empty line and the server then completes the command with NO.
    /// </summary>
    public bool AnswersChallengesWithEmptyLine { get; init; }

    public IReadOnlyList<ImapCommandPart> Parts
    {
        get
        {
            FlushText();
            return _parts;
        }
    }

    /// <summary>Appends protocol syntax the client controls (atoms, numbers, sets), preceded by a space.</summary>
    public ImapCommand Atom(string atom)
    {
        _text.Append(' ').Append(atom);
        return this;
    }

    /// <summary>Appends a string argument: quoted when it is plain ASCII, otherwise a UTF-8 literal.</summary>
    public ImapCommand String(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            _text.Append(" \"");
            foreach (var c in value)
            {
                _text.Append(c is '"' or '\\' ? "\\" : "").Append(c);
            }

            _text.Append('"');
            return this;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        return Literal(new MemoryStream(bytes, writable: false), bytes.Length);
    }

    /// <summary>Appends a folder name, encoded as modified UTF-7 (RFC 3501 5.1.3).</summary>
    public ImapCommand Folder(string name) => String(ImapFolderName.Encode(name));

    public ImapCommand Literal(Stream content, long length)
    {
        _text.Append(' ');
        FlushText();
        _parts.Add(new ImapCommandPart(null, content, length, null));
        return this;
    }

    /// <summary>A line sent only after the server's continuation request.</summary>
    public ImapCommand AfterContinuation(string line)
    {
        FlushText();
        _parts.Add(new ImapCommandPart(null, null, 0, Encoding.ASCII.GetBytes(line + "\r\n")));
        return this;
    }

    private void FlushText()
    {
        if (_text.Length > 0)
        {
            _parts.Add(new ImapCommandPart(Encoding.UTF8.GetBytes(_text.ToString()), null, 0, null));
            _text.Clear();
        }
    }
}

/// <summary>Exactly one of the three is set: text, a literal, or a line awaiting continuation.</summary>
internal sealed record ImapCommandPart(byte[]? Text, Stream? Literal, long LiteralLength, byte[]? ContinuationLine);
