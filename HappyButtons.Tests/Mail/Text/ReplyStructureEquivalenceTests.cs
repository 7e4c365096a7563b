using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Mail.Text;

namespace HappyButtons.Tests.Mail.Text;

/// <summary>
/// The span-based <see cref="ReplyStructure"/> must mark exactly the lines the earlier regex-per-line version
/// (<see cref="RegexReplyStructure"/>) marked, on tricky texts: case variants, Unicode whitespace, lines at the
/// length limits, closings at the edge of the signature window.
/// </summary>
public class ReplyStructureEquivalenceTests
{
    private static readonly string[] TrickyLines =
    [
        "", " ", "\t", "\u00a0", "\r", "   \u2003",
        "Wir bestellen 500 Knöpfe, Artikel 4711, Farbe rot.", "Termin: Freitag", "Danke!", "Position 1", "https://happy-buttons.de/a:b",
        "> Shall we ship?", "  > eingerückt", ">", ">> tief", "\u00a0> nach nbsp",
        "-- ", "--", " -- ", "-- x", "---", "-",
        "-----Original Message-----", "----- Ursprüngliche Nachricht -----", "-------- Original-Nachricht --------",
        "---------- Forwarded message ---------", "--- Forwarded by Anna on 12.03. ---", "-----ORIGINAL MESSAGE-----", "-----Message d'origine-----",
        "On Tue, Mar 12, 2024 at 3:20 PM Anna <a@x.de> wrote:", "On Tue, Mar 12, 2024 at 3:20 PM Anna", "<a@x.de> wrote:", "ON MONDAY ANNA WROTE:",
        "Am 12.03.2024 um 15:20 schrieb Petra Weber:", "Am Montag schrieb uns der Lieferant:", "Am 12.03.2024 um 15:20 schrieb", "Petra Weber <p@hb.de>:",
        "Le 12 mars 2024, Anna a écrit :", "Le 12 mars 2024", "Anna a écrit:", "Anna wrote:", "wrote:", "Am", "On", "Le", " wrote: ",
        "From: Petra <p@hb.de>", "Von: Weber, Petra", "*From:* Anna", "*Von:* Anna", "De : Anne", "Van: Jan", "FROM:x", "From:", "from:\tx",
        "Sent: Monday, March 11, 2024 4:10 PM", "Gesendet: Montag", "An: Jürgen", "To: x", "Cc:", "CC: y", "Subject: Angebot", "Betreff: x",
        "Objet: y", "À: z", "à : z", "Envoyé : lundi", "Date: now", "Datum: heute", "*Sent:* Monday", "*Betreff:*",
        "________________________________", "__________", "_____", "-_-_-_-_-_-_", "  __________  ",
        "Mit freundlichen Grüßen", "mit freundlichen Grüssen", "MIT FREUNDLICHEN GRÜSSEN", "Freundliche Grüße", "Viele Grüße,", "Beste Grüße!",
        "Besten Gruß.", "Liebe Grüße aus Köln", "Herzliche Grüße aus Wien und Umgebung, Ihr Team", "Sonnige Grüße", "Schöne Grüsse", "Besten Gruss",
        "LG", "lg", "VG", "MfG", "mfg!", "Gruß", "grüße", "Best regards,", "Kind regards", "KIND REGARDS", "\u212Aind regards", "\u017Fincerely",
        "Warm regards", "Many regards", "Regards.", "Cheers", "Yours sincerely", "Yours faithfully", "best wishes", "Sincerely,",
        "  Mit freundlichen Grüßen  ", "\tViele Grüße", "Mİt freundlichen Grüßen", "İnfo", "Mit freundlichen Grüßen, Ihr Einkaufsteam der Firma Müller",
        "Sent from my iPhone", "Von meinem iPhone gesendet", "Gesendet von meinem Samsung Galaxy", "sent from my ipad", "Sent from my Windows", "SENT FROM MY ANDROID",
        new string('x', 61), "Mit freundlichen Grüßen" + new string(' ', 40), "Viele Grüße" + new string(' ', 50), "Sent from my iPhone" + new string(' ', 61),
        string.Concat(Enumerable.Repeat("a:", 200)), "From: " + new string('x', 400), "Am " + new string('x', 400) + " schrieb Anna:",
    ];

    [Theory]
    [InlineData("Yes, please ship.\n\nOn Tue, Mar 12, 2024 at 3:20 PM Anna <a@x.de> wrote:\n> Shall we ship?\n> Regards")]
    [InlineData("Passt.\n\n-----Original Message-----\nFrom: x\nSent: y\n\nalter Text")]
    [InlineData("Danke!\n\n________________________________\nFrom: Petra Weber <p@hb.de>\nSent: Monday\nTo: Jürgen\nSubject: Angebot\n\nalt")]
    [InlineData("> Menge?\n5000 Stück\n> Farbe?\nbraun")]
    [InlineData("Bitte liefern.\n\nMit freundlichen Grüßen\nJürgen Müller\nEinkauf")]
    [InlineData("Viele Grüße\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12")]
    [InlineData("Viele Grüße\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13")]
    [InlineData("Viele Grüße\n1\n\n2\n\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n \n")]
    [InlineData("Text\nMfG\n-- \nsig\nmehr")]
    [InlineData("Text\nSent from my iPhone\nLG\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13")]
    [InlineData("Am Montag,\n12.03.2024 schrieb Anna:\n> alt")]
    [InlineData("On Tue, Mar 12, 2024 at 3:20 PM Anna\n<a@x.de> wrote:\n\n\n> alt\nneu")]
    [InlineData("neu\nOn Monday Anna wrote:\nFrom: x\nneu")]
    [InlineData("\n\n\n")]
    [InlineData("")]
    [InlineData("-- ")]
    [InlineData("\nneu\n\n> alt\n\n")]
    public void Analyze_MarksTheSameLinesAsTheRegexVersion(string text)
    {
        AssertSame(text, fromHtml: false);
        AssertSame(text, fromHtml: true);
    }

    [Fact]
    public void Analyze_MarksTheSameLinesAsTheRegexVersion_OnRandomTexts()
    {
        var line = Gen.OneOf(Gen.Elements(TrickyLines), ArbMap.Default.GeneratorFor<string>().Select(s => s.Replace('\n', ' ')));
        var texts = Gen.ListOf(Gen.Frequency((4, Gen.Elements(TrickyLines)), (1, line))).Select(lines => string.Join("\n", lines.Take(60)));
        var property = Prop.ForAll(texts.ToArbitrary(), text => Same(text));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(int.Parse(Environment.GetEnvironmentVariable("HB_FUZZ_CASES") ?? "3000")), property);
    }

    public static TheoryData<string, string[]> PrefilteredPatterns => new()
    {
        { nameof(ReplyStructure.Closing), [
            "mit freundlichen grüßen", "freundlichen grüßen", "freundlichem grueße", "freundliche grüße", "besten grüßen", "beste grüße",
            "viele grüße", "vielen grüßen", "liebe grüße", "herzliche grüße", "schöne grüße", "sonnige grüsse", "mfg", "gruß", "grüße",
            "best regards", "kind regards", "warm regards", "many regards", "regards", "best wishes", "sincerely", "yours sincerely",
            "yours faithfully", "cheers", "beste grüße", "lg", "vg"] },
        { nameof(ReplyStructure.MobileFooter), ["sent from my iphone", "von meinem iphone gesendet", "gesendet von meinem gerät"] },
        { nameof(ReplyStructure.HeaderBlockStart), ["from: x", "von: x", "de : x", "van: x", "*from:* x"] },
        { nameof(ReplyStructure.HeaderBlockField), [
            "sent: x", "gesendet: x", "date: x", "datum: x", "to: x", "an: x", "cc: x", "subject: x", "betreff: x", "envoyé: x",
            "objet: x", "à: x", "*sent:* x"] },
    };

    /// <summary>Every character (all 65,536) in either of the first two places: whatever the regex accepts, the prefilter must let through.</summary>
    [Theory]
    [MemberData(nameof(PrefilteredPatterns))]
    public void Prefilter_NeverRejectsALineItsPatternMatches(string pattern, string[] matchingLines)
    {
        var (regex, openings) = Pattern(pattern);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("tr-TR") })
        {
            var saved = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = culture;
            try
            {
                foreach (var line in matchingLines)
                {
                    Assert.True(regex.IsMatch(line), $"example '{line}' should match {pattern}");
                    var chars = line.ToCharArray();
                    for (var position = 0; position < Math.Min(2, chars.Length); position++)
                    {
                        var original = chars[position];
                        for (var c = 0; c <= char.MaxValue; c++)
                        {
                            chars[position] = (char)c;
                            if (regex.IsMatch(chars) && !ReplyStructure.MayStartWith(chars, openings))
                                Assert.Fail($"{pattern} matches '{new string(chars)}' (U+{c:X4} at {position}, {culture.Name}) but the prefilter rejects it");
                        }
                        chars[position] = original;
                    }
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }

    [Fact]
    public void Prefilter_RejectsOrdinaryProse()
    {
        const string line = "Wir bestellen 500 Knöpfe, Artikel 4711, Farbe rot.";
        Assert.False(ReplyStructure.MayStartWith(line, ReplyStructure.ClosingOpenings));
        Assert.False(ReplyStructure.MayStartWith(line, ReplyStructure.MobileFooterOpenings));
        Assert.False(ReplyStructure.MayStartWith(line, ReplyStructure.HeaderBlockStartOpenings));
    }

    private static (Regex Regex, string[] Openings) Pattern(string name) => name switch
    {
        nameof(ReplyStructure.Closing) => (ReplyStructure.Closing(), ReplyStructure.ClosingOpenings),
        nameof(ReplyStructure.MobileFooter) => (ReplyStructure.MobileFooter(), ReplyStructure.MobileFooterOpenings),
        nameof(ReplyStructure.HeaderBlockStart) => (ReplyStructure.HeaderBlockStart(), ReplyStructure.HeaderBlockStartOpenings),
        nameof(ReplyStructure.HeaderBlockField) => (ReplyStructure.HeaderBlockField(), ReplyStructure.HeaderBlockFieldOpenings),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static bool Same(string text)
    {
        AssertSame(text, fromHtml: false);
        return true;
    }

    private static void AssertSame(string text, bool fromHtml)
    {
        var expected = RegexReplyStructure.Analyze(text, fromHtml);
        var actual = ReplyStructure.Analyze(text, fromHtml);
        Assert.Equal(expected.Segments.Select(s => (s.Kind, s.Text)), actual.Segments.Select(s => (s.Kind, s.Text)));
        Assert.Equal(expected.Full, actual.Full);
        Assert.Equal(expected.FromHtml, actual.FromHtml);
        Assert.Equal(expected.NewContent, actual.NewContent);
        Assert.Equal(expected.Quoted, actual.Quoted);
        Assert.Equal(expected.Signature, actual.Signature);
    }
}
