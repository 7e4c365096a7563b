using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// A named list of phrases matched on folded text (see <see cref="TextFolding"/>) at word starts;
/// spaces in a phrase match any run of whitespace. One compiled regex per list.
/// </summary>
public sealed class PhraseList
{
    private readonly Regex _regex;

    public PhraseList(params string[] phrases)
    {
        Phrases = phrases;
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(TextFolding.Fold(p)).Replace("\\ ", "\\s+"));
        // Non-backtracking: linear in the text length whatever the mail contains, so no timeout is needed.
        _regex = new Regex(@"\b(?:" + string.Join("|", alternatives) + ")",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The first matching phrase as written in the text, or null.</summary>
    public string? FirstMatch(string foldedText)
    {
        var match = _regex.Match(foldedText);
        return match.Success ? match.Value : null;
    }

    public bool IsMatch(string foldedText) => _regex.IsMatch(foldedText);
}
