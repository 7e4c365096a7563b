using System.Text;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>Accumulates rendered text, collapsing whitespace the way a browser would.</summary>
internal sealed class PlainTextWriter
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    public int Length => _text.Length;

    /// <summary>Element nesting of the renderer, tracked here so nested writers (blockquotes) share the bound.</summary>
    public int Depth { get; set; }
    public bool AtLineStart => _text.Length == 0 || _text[^1] == '\n';

    public PlainTextWriter Text(string text, bool preformatted)
    {
        foreach (var c in text)
        {
            if (preformatted)
            {
                if (c != '\r') _text.Append(c);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && !AtLineStart) _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
        }
        return this;
    }

    public void HardBreak()
    {
        TrimTrailingSpaces();
        _text.Append('\n');
        _pendingSpace = false;
    }

    public void LineBreak()
    {
        if (!AtLineStart) HardBreak();
        _pendingSpace = false;
    }

    public void BlankLine()
    {
        LineBreak();
        if (_text.Length > 0 && !(_text.Length >= 2 && _text[^2] == '\n')) _text.Append('\n');
    }

    public string TextSince(int start) => _text.ToString(start, _text.Length - start);

    public void Truncate(int length) => _text.Length = length;

    public string Finish()
    {
        var lines = _text.ToString().Split('\n').Select(l => l.TrimEnd());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1) result.Append(line).Append('\n');
        }
        return result.ToString().Trim('\n');
    }

    private void TrimTrailingSpaces()
    {
        while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
    }
}
