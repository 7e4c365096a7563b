using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using HappyButtons.Tests.Orders;

namespace HappyButtons.Tests.Replies;

/// <summary>The courtesy score's items: a model reply earns every point, and each fault costs exactly its own rule.</summary>
public sealed class CourtesyScoreTests
{
    private static readonly ReplyContact Krueger = new(ContactGender.Female, "Dr.", "Sabine", "Krüger");
    private static readonly ReplyContact Smith = new(ContactGender.Female, null, "Jane", "Smith");

    public const string German = """
        Sehr geehrte Frau Dr. Krüger,

        vielen Dank für Ihre Bestellung 4711 vom 1. Dezember. Wir haben sie als Auftrag AB-2026-00012 erfasst.
        Die Lieferung erfolgt voraussichtlich am 15.12.2026; die Auftragsbestätigung senden wir Ihnen heute noch.

        Mit freundlichen Grüßen

        Sara Vogel
        Vertrieb
        Happy Buttons GmbH · Knopfweg 7 · 80331 München
        Sitz der Gesellschaft: München · Registergericht: Amtsgericht München · HRB 234567
        Geschäftsführung: Anna Knopf, Bernd Faden
        """;

    public const string English = """
        Dear Ms Smith,

        thank you for your order 4711. We have entered it as order AB-2026-00012.
        It is expected to be delivered on 15 December 2026; you will receive the order confirmation today.

        Kind regards

        Sara Vogel
        Sales
        Happy Buttons GmbH · Knopfweg 7 · 80331 München
        Registered office: München · Register court: Amtsgericht München · HRB 234567
        Managing directors: Anna Knopf, Bernd Faden
        """;

    [Fact]
    public void AModelGermanReply_EarnsEveryPoint()
    {
        var score = CourtesyScorer.Score(German, Language.De, Krueger, TestCompany.Complete());

        Assert.Equal(100, score.Score);
        Assert.All(score.Items, i => Assert.True(i.Passed, i.Rule));
        Assert.Equal(100, score.Items.Sum(i => i.Max));
        Assert.Equal(CourtesyRules.All.Select(r => r.Rule), score.Items.Select(i => i.Rule));
    }

    [Fact]
    public void AModelEnglishReply_EarnsEveryPoint()
    {
        var score = CourtesyScorer.Score(English, Language.En, Smith, TestCompany.Complete());

        Assert.Equal(100, score.Score);
        Assert.All(score.Items, i => Assert.True(i.Passed, i.Rule));
    }

    [Fact]
    public void WithoutContactOrCompany_TheGeneralFormsStillEarnEveryPoint()
    {
        Assert.Equal(100, CourtesyScorer.Score(German, Language.De).Score);
        Assert.Equal(100, CourtesyScorer.Score(English, Language.En).Score);
    }

    [Theory]
    [InlineData(CourtesyRules.Salutation, "Sehr geehrte Frau Dr. Krüger,", "Hallo,")]
    [InlineData(CourtesyRules.Salutation, "Sehr geehrte Frau Dr. Krüger,", "Sehr geehrte Damen und Herren,")]
    [InlineData(CourtesyRules.Salutation, "Sehr geehrte Frau Dr. Krüger,", "Sehr geehrte Frau Krüger,")]
    [InlineData(CourtesyRules.FormalAddress, "senden wir Ihnen heute noch.", "senden wir Ihnen heute noch. Melde dich, wenn du Fragen hast.")]
    [InlineData(CourtesyRules.Thanks, "vielen Dank für Ihre Bestellung", "zu Ihrer Bestellung")]
    [InlineData(CourtesyRules.RequestReference, "vielen Dank für Ihre Bestellung 4711 vom 1. Dezember", "vielen Dank")]
    [InlineData(CourtesyRules.NoBluntRefusal, "senden wir Ihnen heute noch.", "senden wir Ihnen heute noch. Eine Expresslieferung ist nicht möglich.")]
    [InlineData(CourtesyRules.NoBluntRefusal, "senden wir Ihnen heute noch.", "senden wir Ihnen heute noch. Das ist nicht unser Problem.")]
    [InlineData(CourtesyRules.NoAllCaps, "Die Lieferung erfolgt", "Die LIEFERUNG erfolgt")]
    [InlineData(CourtesyRules.NextStep, "Die Lieferung erfolgt voraussichtlich am 15.12.2026; die Auftragsbestätigung senden wir Ihnen heute noch.", "Wir kümmern uns darum.")]
    [InlineData(CourtesyRules.Closing, "Mit freundlichen Grüßen", "Tschüss")]
    [InlineData(CourtesyRules.LegalSignature, "Geschäftsführung: Anna Knopf, Bernd Faden", "")]
    [InlineData(CourtesyRules.LegalSignature, "HRB 234567", "")]
    [InlineData(CourtesyRules.NameSpelling, "Wir haben sie als Auftrag", "Liebe Grüße an Frau Krueger. Wir haben sie als Auftrag")]
    public void EachGermanFault_CostsItsOwnRuleOnly(string rule, string good, string bad)
    {
        Assert.Contains(good, German);
        var score = CourtesyScorer.Score(German.Replace(good, bad), Language.De, Krueger, TestCompany.Complete());

        var item = score[rule];
        Assert.False(item.Passed);
        Assert.True(item.Points < item.Max);
        Assert.All(score.Items.Where(i => i.Rule != rule), i => Assert.True(i.Passed, i.Rule));
        Assert.Equal(score.Items.Sum(i => i.Points), score.Score);
    }

    [Theory]
    [InlineData(CourtesyRules.Salutation, "Dear Ms Smith,", "Hi Jane,")]
    [InlineData(CourtesyRules.Salutation, "Dear Ms Smith,", "Dear Sir or Madam,")]
    [InlineData(CourtesyRules.FormalAddress, "you will receive the order confirmation today.", "you will receive the order confirmation today. Cheers, guys.")]
    [InlineData(CourtesyRules.Thanks, "thank you for your order 4711.", "regarding your order 4711.")]
    [InlineData(CourtesyRules.RequestReference, "thank you for your order 4711.", "thank you.")]
    [InlineData(CourtesyRules.NoBluntRefusal, "today.", "today. We cannot ship earlier.")]
    [InlineData(CourtesyRules.NoAllCaps, "It is expected", "It is DEFINITELY expected")]
    [InlineData(CourtesyRules.NextStep, "It is expected to be delivered on 15 December 2026; you will receive the order confirmation today.", "We are looking into it.")]
    [InlineData(CourtesyRules.Closing, "Kind regards", "See ya")]
    [InlineData(CourtesyRules.LegalSignature, "Registered office: München · ", "")]
    [InlineData(CourtesyRules.NameSpelling, "We have entered it", "Greetings to Ms Smyth. We have entered it")]
    public void EachEnglishFault_CostsItsOwnRuleOnly(string rule, string good, string bad)
    {
        Assert.Contains(good, English);
        var score = CourtesyScorer.Score(English.Replace(good, bad), Language.En, Smith, TestCompany.Complete());

        var item = score[rule];
        Assert.False(item.Passed);
        Assert.All(score.Items.Where(i => i.Rule != rule), i => Assert.True(i.Passed, i.Rule));
    }

    [Fact]
    public void ARefusalWithRegretAndAnAlternative_IsNotBlunt()
    {
        var text = German.Replace("senden wir Ihnen heute noch.", "senden wir Ihnen heute noch. Eine Expresslieferung ist leider nicht möglich; gerne liefern wir jedoch in zwei Teilen.");

        Assert.True(CourtesyScorer.Score(text, Language.De, Krueger, TestCompany.Complete())[CourtesyRules.NoBluntRefusal].Passed);
    }

    [Fact]
    public void AnIncompleteSignature_EarnsPartOfItsPoints()
    {
        var text = German.Replace("Geschäftsführung: Anna Knopf, Bernd Faden", "").Replace("Sitz der Gesellschaft: München · ", "");

        var item = CourtesyScorer.Score(text, Language.De, Krueger, TestCompany.Complete())[CourtesyRules.LegalSignature];

        Assert.Equal((6, 10, false), (item.Points, item.Max, item.Passed));
    }

    [Fact]
    public void WithoutAContact_AGreetingByNameOnly_EarnsHalfTheSalutation_AndALowerCaseNameFailsTheSpelling()
    {
        var neutral = CourtesyScorer.Score(German.Replace("Sehr geehrte Frau Dr. Krüger,", "Guten Tag Sabine Krüger,"), Language.De);
        var lower = CourtesyScorer.Score(German.Replace("Sehr geehrte Frau Dr. Krüger,", "Sehr geehrte Frau krüger,"), Language.De);

        Assert.Equal((8, false), (neutral[CourtesyRules.Salutation].Points, neutral[CourtesyRules.Salutation].Passed));
        Assert.False(lower[CourtesyRules.NameSpelling].Passed);
    }

    [Fact]
    public void QuotedCustomerText_IsNotScored()
    {
        var text = German + "\n\nAm 01.12.2026 schrieb Sabine Krüger:\n> HALLO, kannst du mir BITTE sagen, wann es kommt?";

        Assert.Equal(100, CourtesyScorer.Score(text, Language.De, Krueger, TestCompany.Complete()).Score);
    }

    [Fact]
    public void TheSameText_AlwaysGetsTheSameScore()
    {
        var text = German.Replace("Mit freundlichen Grüßen", "Gruß");

        Assert.Equal(CourtesyScorer.Score(text, Language.De), CourtesyScorer.Score(text, Language.De), new ScoreComparer());
    }

    private sealed class ScoreComparer : IEqualityComparer<CourtesyScore>
    {
        public bool Equals(CourtesyScore? x, CourtesyScore? y) => x!.Score == y!.Score && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(CourtesyScore obj) => obj.Score;
    }
}
