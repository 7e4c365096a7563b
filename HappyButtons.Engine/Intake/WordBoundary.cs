using System.Globalization;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// The regex <c>\b</c> as .NET defines it, for hand-written matchers: a boundary lies between a word
/// character (letter, decimal digit, non-spacing mark, connector such as '_', or the zero-width
/// (non-)joiner) and anything else, the text's ends counting as non-word.
/// </summary>
internal static class WordBoundary
{
    public static bool IsAt(ReadOnlySpan<char> text, int index)
    {
        var before = index > 0 && IsWordChar(text[index - 1]);
        var after = index < text.Length && IsWordChar(text[index]);
        return before != after;
    }

    public static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_') return true;
        if (c < 128) return false;
        return c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}
