using System.Runtime.CompilerServices;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>
/// The "\n"-separated lines of a text, kept as positions so they are read as spans of the text
/// instead of being split into a string each. Line <c>i</c> is what <c>text.Split('\n')[i]</c> would be.
/// </summary>
internal readonly struct TextLines
{
    private readonly int[] _starts;

    // Optimised at first call: as tier-0 code with loop patchpoints this ran 3-5x slower for the first thousands of mails.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TextLines(string text)
    {
        Text = text;
        // One start per line plus a sentinel one past the end, as if the text ended in "\n".
        _starts = new int[text.AsSpan().Count('\n') + 2];
        var line = 0;
        var position = 0;
        while (true)
        {
            _starts[line++] = position;
            var newline = text.AsSpan(position).IndexOf('\n');
            if (newline < 0) break;
            position += newline + 1;
        }
        _starts[line] = text.Length + 1;
    }

    public string Text { get; }

    public int Count => _starts.Length - 1;

    public ReadOnlySpan<char> this[int index] => Text.AsSpan(_starts[index], _starts[index + 1] - 1 - _starts[index]);

    /// <summary>Lines <paramref name="from"/> up to (not including) <paramref name="to"/>, joined by "\n" as they stand in the text.</summary>
    public ReadOnlySpan<char> Range(int from, int to) => to > from ? Text.AsSpan(_starts[from], _starts[to] - 1 - _starts[from]) : [];
}
