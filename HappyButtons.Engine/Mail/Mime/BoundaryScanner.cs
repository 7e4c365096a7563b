namespace HappyButtons.Engine.Mail.Mime;

/// <summary>A boundary delimiter line found in a multipart body (RFC 2046 section 5.1.1).</summary>
internal readonly record struct BoundaryLine(int ContentEnd, int LineStart, int NextLineStart, bool IsClose);

/// <summary>
/// Finds "--boundary" lines with a vectorised search. The line break before a delimiter belongs to the
/// delimiter, so <see cref="BoundaryLine.ContentEnd"/> stops before it.
/// </summary>
internal ref struct BoundaryScanner(ReadOnlySpan<byte> data, ReadOnlySpan<byte> delimiter, int start, int end)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private readonly ReadOnlySpan<byte> _delimiter = delimiter;
    private readonly int _end = end;
    private readonly int _start = start;
    private int _position = start;

    public bool Next(out BoundaryLine line)
    {
        while (_position < _end)
        {
            var found = _data[_position.._end].IndexOf(_delimiter);
            if (found < 0) break;
            var at = _position + found;
            _position = at + _delimiter.Length;
            if (at != _start && _data[at - 1] != (byte)'\n') continue;
            if (TryDescribe(at, out line)) return true;
        }
        _position = _end;
        line = default;
        return false;
    }

    private bool TryDescribe(int at, out BoundaryLine line)
    {
        line = default;
        var after = at + _delimiter.Length;
        var isClose = after + 1 < _end && _data[after] == (byte)'-' && _data[after + 1] == (byte)'-';
        var i = isClose ? after + 2 : after;
        // Only transport padding may follow; anything else means a longer boundary that merely starts alike.
        if (!isClose)
        {
            while (i < _end && _data[i] is (byte)' ' or (byte)'\t') i++;
            if (i < _end && _data[i] is not ((byte)'\r' or (byte)'\n')) return false;
        }
        var newline = _data[i.._end].IndexOf((byte)'\n');
        var next = newline < 0 ? _end : i + newline + 1;
        var contentEnd = at;
        if (contentEnd > _start && _data[contentEnd - 1] == (byte)'\n') contentEnd--;
        if (contentEnd > _start && _data[contentEnd - 1] == (byte)'\r') contentEnd--;
        line = new BoundaryLine(contentEnd, at, next, isClose);
        _position = next;
        return true;
    }
}
