using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Enrichment;

namespace HappyButtons.Tests.Intake.Equivalence;

/// <summary>The optimised deadline scan and language detector give exactly the original results.</summary>
public sealed class FastPathEquivalenceTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(int.Parse(Environment.GetEnvironmentVariable("HB_FUZZ_CASES") ?? "2000"));

    [Fact]
    public void FindNearDeadline_FindsWhatTheRegexScanFound()
    {
        var property = Prop.ForAll(MailTextGen.Text().ToArbitrary(), MailTextGen.ReceivedAt().ToArbitrary(), (text, receivedAt) =>
        {
            var folded = TextFolding.Fold(text);
            Assert.Equal(Outcome(() => OriginalIntake.FindNearDeadline(folded, receivedAt)), Outcome(() => DeadlineFinder.FindNearDeadline(folded, receivedAt)));
            return true;
        });
        Check.One(Cases, property);
    }

    [Fact]
    public void Detect_GivesTheOriginalGuess_BitForBit()
    {
        var property = Prop.ForAll(MailTextGen.Text().ToArbitrary(), text =>
        {
            Assert.Equal(OriginalIntake.Detect(text), LanguageDetector.Detect(text));
            return true;
        });
        Check.One(Cases, property);
    }

    /// <summary>Language detection and token counting read words off the raw text; this is what makes that safe.</summary>
    [Fact]
    public void Folding_TurnsLettersIntoLettersAndDigitsIntoDigits_AndNothingElseIntoEither()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var folded = TextFolding.Fold(((char)c).ToString());
            Assert.NotEmpty(folded);
            Assert.True(folded.All(f => char.IsLetter(f) == char.IsLetter((char)c)), $"U+{c:X4} letter");
            Assert.True(folded.All(f => char.IsLetterOrDigit(f) == char.IsLetterOrDigit((char)c)), $"U+{c:X4} letter or digit");
            Assert.True(folded.All(f => char.IsDigit(f) == char.IsDigit((char)c)), $"U+{c:X4} digit");
        }
    }

    private static string Outcome(Func<string?> find)
    {
        try { return find() ?? "none"; }
        catch (FormatException) { return "FormatException"; }
    }
}
