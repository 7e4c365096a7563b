using System.Text;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>A set of UIDs in IMAP sequence-set syntax (<c>1:4,7,9:*</c>), ranges compacted.</summary>
public sealed class ImapUidSet
{
    private readonly string _text;

    private ImapUidSet(string text) => _text = text;

    /// <summary>All UIDs from <paramref name="first"/> upward (<c>n:*</c>).</summary>
    public static ImapUidSet From(uint first) =>
        new($"{Math.Max(1u, first)}:*");

    public static ImapUidSet Single(uint uid) => Of([uid]);

    public static ImapUidSet Of(IEnumerable<uint> uids)
    {
        var sorted = uids.Distinct().Order().ToArray();
        if (sorted.Length == 0 || sorted[0] == 0)
        {
            throw new ArgumentException("A UID set needs at least one UID, and UIDs start at 1.", nameof(uids));
        }

        var text = new StringBuilder();
        for (var i = 0; i < sorted.Length;)
        {
            var start = sorted[i];
            var end = start;
            while (i + 1 < sorted.Length && sorted[i + 1] == end + 1)
            {
                end = sorted[++i];
            }

            i++;
            text.Append(text.Length == 0 ? "" : ",").Append(start);
            if (end != start)
            {
                text.Append(':').Append(end);
            }
        }

        return new ImapUidSet(text.ToString());
    }

    public override string ToString() => _text;
}
