using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Intake.Training;

namespace HappyButtons.Tests.Intake.Equivalence;

/// <summary>Mail-like text for equivalence properties: corpus words, dates, deadline wording, numbers, odd Unicode and whitespace.</summary>
internal static class MailTextGen
{
    private static readonly string[] CorpusWords = TrainingCorpus.All
        .SelectMany(e => e.Text.Split(' ', '\n'))
        .Where(w => w.Length > 0).Distinct().OrderBy(w => w, StringComparer.Ordinal).ToArray();

    private static readonly string[] DateFragments =
    [
        "13.03.2025", "14.03.", "12.3.", "1.2.3", "13.03.25", "2025-03-13", "2025-03-14", "2025-3-14", "13. März", "14 March",
        "March 13th", "march 14", "13th of march", "12 mar.", "Mar. 13, 2025", "31.02.2025", "00.00.", "39.19.2099", "12.03.20",
        "bis", "bis zum", "zum", "am", "by", "until", "before the", "no later than", "deadline:", "Termin", "Liefertermin", "due",
        "bis morgen", "heute  noch", "by\ttomorrow", "Januar", "dez", "sept.", "2025", "1st", "2nd", "3rd", "4th", "15mm",
        "\u0661\u0663.\u0660\u0663.", "١٢ march", "２０２５-03-13",
    ];

    private static readonly string[] Noise =
    [
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", ".", ",", "-", "_", ":", "!", "?", "(", ")", "/", "#",
        "ä", "Ö", "ß", "ẞ", "é", "İ", "ǅ", "\u200D", "\u200C", "\u0301", "\u0663", "😀", "\uD83D", "д", "Ⅳ", "²", "ª",
    ];

    public static Gen<string> Text() =>
        Gen.ListOf(Gen.Frequency(
                (6, Gen.Elements(CorpusWords)),
                (3, Gen.Elements(DateFragments)),
                (2, Gen.Choose(0, 40).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                (4, Gen.Elements(Noise))))
            .SelectMany(parts => Gen.Elements(" ", "", "\n", "  ").Select(separator => string.Join(separator, parts)));

    public static Gen<DateTimeOffset> ReceivedAt() =>
        Gen.Choose(-6, 6).Select(days => new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.FromHours(1)).AddDays(days));
}
