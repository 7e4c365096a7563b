using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Enrichment.Fraud;
using HappyButtons.Engine.Intake.Training;

namespace HappyButtons.Tests.Intake.Equivalence;

/// <summary>The optimised deadline scan, language detector, tokenizer, feature extractor, softmax scores and edit distance give exactly the original results.</summary>
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

    [Fact]
    public void Tokens_AreTheOriginalTokens_AndCountTokensCountsThem()
    {
        var property = Prop.ForAll(MailTextGen.Text().ToArbitrary(), Gen.Choose(0, 70).ToArbitrary(), (text, max) =>
        {
            var original = OriginalIntake.Tokens(text, max);
            Assert.Equal(original, TextNormalizer.Tokens(text, max));
            Assert.Equal(original.Count, TextNormalizer.CountTokens(text, max));
            return true;
        });
        Check.One(Cases, property);
    }

    [Fact]
    public void Extract_GivesTheOriginalVector_BitForBit()
    {
        var property = Prop.ForAll(MailTextGen.Text().ToArbitrary(), text =>
        {
            AssertSameVector(OriginalIntake.Extract(text), FeatureExtractor.Extract(text));
            return true;
        });
        Check.One(Cases, property);
    }

    [Fact]
    public void Extract_GivesTheOriginalVector_ForEveryCorpusExample_AndLongMails()
    {
        var texts = TrainingCorpus.All.Select(e => e.Text)
            .Append(string.Join("\n", TrainingCorpus.All.Take(60).Select(e => e.Text)))
            .Append("Bestellung 12\n" + string.Concat(Enumerable.Repeat("Wir bestellen 500 Knöpfe, Artikel 4711, Farbe rot.\r\n", 75)));
        foreach (var text in texts) AssertSameVector(OriginalIntake.Extract(text), FeatureExtractor.Extract(text));
    }

    [Fact]
    public void Distance_IsTheFullMatrixDistance_WithSwapsAndUnequalLengths()
    {
        var word = Gen.ListOf(Gen.Elements('a', 'b', 'c', '-')).Select(chars => new string([.. chars]));
        var property = Prop.ForAll(word.ToArbitrary(), word.ToArbitrary(), (a, b) =>
        {
            Assert.Equal(OriginalIntake.Distance(a, b), DamerauLevenshtein.Distance(a, b));
            return true;
        });
        Check.One(Cases, property);
        var long1 = new string('a', 300) + "bc";
        Assert.Equal(OriginalIntake.Distance(long1, "cb" + long1), DamerauLevenshtein.Distance(long1, "cb" + long1));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(4)]
    [InlineData(19)]
    public void SoftmaxPredict_AddsEachClassScoreInFeatureOrder_LikeTheScalarLoop(int classes)
    {
        var random = new Random(classes);
        var examples = Enumerable.Range(0, 40).Select(_ => (RandomVector(random), random.Next(classes))).ToList();
        var model = new SoftmaxModel(classes);
        model.Train(examples, epochs: 2);
        var weights = (float[])typeof(SoftmaxModel).GetField("_weights", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(model)!;
        var bias = (float[])typeof(SoftmaxModel).GetField("_bias", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(model)!;

        foreach (var (features, _) in examples)
        {
            var scores = (float[])bias.Clone();
            for (var k = 0; k < features.Count; k++)
                for (var c = 0; c < classes; c++) scores[c] += weights[(long)features.Indices[k] * classes + c] * features.Values[k];
            var max = scores.Max();
            float sum = 0;
            for (var c = 0; c < classes; c++) sum += scores[c] = MathF.Exp(scores[c] - max);
            for (var c = 0; c < classes; c++) scores[c] /= sum;

            Assert.Equal(scores.Select(BitConverter.SingleToInt32Bits), model.Predict(features).Select(BitConverter.SingleToInt32Bits));
        }
    }

    private static SparseVector RandomVector(Random random)
    {
        var indices = Enumerable.Range(0, random.Next(1, 300)).Select(_ => random.Next(FeatureExtractor.Dimension)).Distinct().Order().ToArray();
        return new SparseVector(indices, [.. indices.Select(_ => (float)random.NextDouble())]);
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

    private static void AssertSameVector(SparseVector expected, SparseVector actual)
    {
        Assert.Equal(expected.Indices, actual.Indices);
        Assert.Equal(expected.Values.Select(BitConverter.SingleToInt32Bits), actual.Values.Select(BitConverter.SingleToInt32Bits));
    }

    private static string Outcome(Func<string?> find)
    {
        try { return find() ?? "none"; }
        catch (FormatException) { return "FormatException"; }
    }
}
