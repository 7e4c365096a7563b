using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Conversations;

/// <summary>@mentions in a note: <c>@user-name</c> of a member of the department, case-insensitively, each person once.</summary>
public static partial class Mentions
{
    public static IReadOnlyList<long> Find(string text, IReadOnlyList<(long Id, string UserName)> members)
    {
        var names = Pattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.', '-')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return members.Where(m => names.Contains(m.UserName)).Select(m => m.Id).Distinct().ToList();
    }

    [GeneratedRegex(@"(?<![\w@])@([\p{L}\p{N}._-]{1,64})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
