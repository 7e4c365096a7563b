namespace HappyButtons.Engine.Replies;

/// <summary>One rule of the courtesy score: the points the text earned of the rule's maximum, and whether it met it fully.</summary>
public sealed record CourtesyItem(string Rule, int Points, int Max, bool Passed);

/// <summary>A reply's courtesy, 0–100: the sum of its items' points (the maxima add up to 100).</summary>
public sealed record CourtesyScore(int Score, IReadOnlyList<CourtesyItem> Items)
{
    public CourtesyItem this[string rule] => Items.Single(i => i.Rule == rule);

    public static int MaxOf(string rule) => CourtesyRules.All.Single(r => r.Rule == rule).Max;
}

/// <summary>The rule keys of the courtesy score, as the API names them.</summary>
public static class CourtesyRules
{
    public const string Salutation = "salutation";
    public const string FormalAddress = "formal_address";
    public const string Thanks = "thanks";
    public const string RequestReference = "request_reference";
    public const string NoBluntRefusal = "no_blunt_refusal";
    public const string NoAllCaps = "no_all_caps";
    public const string NextStep = "next_step";
    public const string Closing = "closing";
    public const string LegalSignature = "legal_signature";
    public const string NameSpelling = "name_spelling";

    /// <summary>Each rule with its maximum, in the order the score lists them; they add up to 100.</summary>
    public static IReadOnlyList<(string Rule, int Max)> All { get; } =
    [
        (Salutation, 15), (FormalAddress, 15), (Thanks, 8), (RequestReference, 7), (NoBluntRefusal, 10), (NoAllCaps, 5),
        (NextStep, 10), (Closing, 10), (LegalSignature, 10), (NameSpelling, 10),
    ];
}
