namespace HappyButtons.Engine.Mail.Text;

public enum BodyTextSegmentKind { NewContent, Quote, Signature }

/// <summary>A run of consecutive lines of the same kind.</summary>
public sealed record BodyTextSegment(BodyTextSegmentKind Kind, string Text);

/// <summary>
/// The human-readable body: <see cref="Full"/> is everything; <see cref="NewContent"/> leaves out quoted
/// replies and the signature so classifiers see what this sender actually wrote.
/// </summary>
public sealed record BodyText(string Full, IReadOnlyList<BodyTextSegment> Segments, bool FromHtml)
{
    /// <summary>True when the body was longer than <see cref="Parsing.MailParseLimits.MaxBodyTextChars"/> and only its start was read.</summary>
    public bool Truncated { get; init; }

    public static readonly BodyText Empty = new(string.Empty, [], false);

    public string NewContent => Join(BodyTextSegmentKind.NewContent);
    public string Quoted => Join(BodyTextSegmentKind.Quote);
    public string Signature => Join(BodyTextSegmentKind.Signature);

    private string Join(BodyTextSegmentKind kind)
    {
        // Usually there is at most one segment of a kind; its text is then the answer, without joining.
        BodyTextSegment? first = null;
        var count = 0;
        for (var i = 0; i < Segments.Count; i++)
        {
            if (Segments[i].Kind != kind) continue;
            first ??= Segments[i];
            count++;
        }
        return count switch
        {
            0 => string.Empty,
            1 => first!.Text?.Trim('\n') ?? string.Empty,
            _ => string.Join("\n", Segments.Where(s => s.Kind == kind).Select(s => s.Text)).Trim('\n'),
        };
    }
}
