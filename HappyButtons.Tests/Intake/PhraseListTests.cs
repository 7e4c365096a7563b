using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Tests.Intake;

public sealed class PhraseListTests
{
    /// <summary>Phrases that share prefixes, tie in length, fold differently and contain hyphens and underscores.</summary>
    private static readonly string[] TrickyPhrases =
        ["ab", "abcd", "ab cd", "a b", "a bc", "ä b", "bär", "bae", "x-y", "-x", "under_score", "ß", "so schnell wie moeglich", "so"];

    private static readonly string[] Whitespace = [" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", " \n\t ", "", "\u200B"];

    private static readonly string[] Noise =
        ["x", "a", "é", "Ä", "_", "-", ".", ",", "1", "\u0663", "\u200D", "\u200C", "\u0301", "İ", "ǅ", "😀", "\uD83D", "ª", "²", "Ⅳ"];

    [Fact]
    public void FirstMatch_FindsPhraseAtWordStart_WithWhitespaceRunsBetweenItsWords()
    {
        var list = new PhraseList("line down", "Bandstillstand");

        Assert.Equal("line  \n down", list.FirstMatch("our line  \n down since 6"));
        Assert.Equal("bandstillstand", list.FirstMatch(TextFolding.Fold("Wegen BANDSTILLSTAND")));
    }

    [Fact]
    public void FirstMatch_IgnoresPhrasesInsideWords_ButAllowsThemToEndInsideOne()
    {
        var list = new PhraseList("line down", "sofort");

        Assert.Null(list.FirstMatch("the online downtime"));
        Assert.Equal("sofort", list.FirstMatch("eine sofortige antwort"));
    }

    [Fact]
    public void FirstMatch_PrefersTheEarliestStart_ThenTheLongerPhrase()
    {
        var list = new PhraseList("bis morgen", "bis morgen frueh", "morgen");

        Assert.Equal("morgen", list.FirstMatch("morgen oder bis morgen frueh"));
        Assert.Equal("bis morgen frueh", list.FirstMatch("also bis morgen frueh"));
    }

    [Theory]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("double  space")]
    [InlineData("tab\tinside")]
    [InlineData("")]
    public void Constructor_RejectsPhrases_ThatAreNotWordsSeparatedBySingleSpaces(string phrase)
    {
        Assert.Throws<ArgumentException>(() => new PhraseList("fine", phrase));
    }

    public static TheoryData<string> ListNames() => [.. EngineLists().Keys];

    /// <summary>The hand-written matcher replaced a non-backtracking regex; it must find exactly what that regex found.</summary>
    [Theory]
    [MemberData(nameof(ListNames))]
    public void FirstMatch_AgreesWithTheRegexItReplaced_ForEveryPhraseListOfTheIntake(string name)
    {
        AssertAgreesWithRegex(EngineLists()[name]);
    }

    [Fact]
    public void FirstMatch_AgreesWithTheRegexItReplaced_ForTrickyPhrases()
    {
        AssertAgreesWithRegex(new PhraseList(TrickyPhrases));
    }

    [Fact]
    public void FirstMatch_StaysLinear_OnHostileWhitespaceRuns()
    {
        var list = new PhraseList("so schnell wie moeglich", "so schnell es geht", "so bald");
        var hostile = string.Concat(Enumerable.Repeat("so" + new string(' ', 2_000) + "schnell" + new string('\t', 2_000) + "wie ", 500));

        var watch = Stopwatch.StartNew();
        Assert.Null(list.FirstMatch(hostile));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 2);
    }

    [Fact]
    public void WordBoundary_AgreesWithRegexWordBoundary_ForEveryChar()
    {
        var regex = new Regex(@"^x\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "x" + (char)c;
            Assert.True(regex.IsMatch(text) == WordBoundary.IsAt(text, 1), $"U+{c:X4}");
        }
    }

    private static void AssertAgreesWithRegex(PhraseList list)
    {
        var regex = OriginalRegex(list.Phrases);
        var property = Prop.ForAll(Text(list.Phrases).ToArbitrary(), text =>
        {
            foreach (var candidate in new[] { text, TextFolding.Fold(text) })
            {
                var expected = regex.Match(candidate);
                Assert.Equal(expected.Success ? expected.Value : null, list.FirstMatch(candidate));
                Assert.Equal(expected.Success, list.IsMatch(candidate));
            }
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(int.Parse(Environment.GetEnvironmentVariable("HB_FUZZ_CASES") ?? "1000")), property);
    }

    /// <summary>The regex PhraseList used to build.</summary>
    private static Regex OriginalRegex(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(TextFolding.Fold(p)).Replace("\\ ", "\\s+"));
        return new Regex(@"\b(?:" + string.Join("|", alternatives) + ")", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    /// <summary>Phrases, their fragments and noise, with random whitespace, case and umlaut changes.</summary>
    private static Gen<string> Text(IReadOnlyList<string> phrases)
    {
        var fragments = phrases.Concat(phrases.Select(p => p[..(p.Length / 2)])).Concat(phrases.Select(p => p[(p.Length / 3)..])).ToArray();
        var phrase = Gen.Elements(fragments).SelectMany(p => Gen.Elements(Whitespace).SelectMany(ws => Gen.Choose(0, 3).Select(style => style switch
        {
            0 => p.Replace(" ", ws),
            1 => p.ToUpperInvariant().Replace(" ", ws),
            2 => p.Replace("ae", "ä").Replace("oe", "ö").Replace("ue", "ü").Replace("ss", "ß"),
            _ => p,
        })));
        var part = Gen.OneOf(phrase, phrase, Gen.Elements(Noise), Gen.Elements(Whitespace));
        return Gen.ListOf(part).Select(parts => string.Concat(parts));
    }

    private static Dictionary<string, PhraseList> EngineLists() =>
        typeof(PhraseList).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(field => field.FieldType == typeof(PhraseList))
                .Select(field => (Name: $"{type.Name}.{field.Name}", List: (PhraseList)field.GetValue(null)!)))
            .ToDictionary(x => x.Name, x => x.List);
}
