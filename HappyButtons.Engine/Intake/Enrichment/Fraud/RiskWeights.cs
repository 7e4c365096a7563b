namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>
/// Signal codes and their weights (documented in docs/intake.md). Weights are chosen so that a
/// single sender anomaly stays below 50, and a bank change plus any anomaly crosses 60.
/// </summary>
public static class RiskWeights
{
    public const string LookalikeDomain = "LOOKALIKE_DOMAIN";
    public const string ReplyToLookalike = "REPLY_TO_LOOKALIKE";
    public const string PunycodeDomain = "PUNYCODE_DOMAIN";
    public const string DisplayNameStaff = "DISPLAY_NAME_STAFF";
    public const string DisplayNameContact = "DISPLAY_NAME_CONTACT";
    public const string ReplyToMismatch = "REPLY_TO_MISMATCH";
    public const string SpfFail = "SPF_FAIL";
    public const string SpfSoftFail = "SPF_SOFTFAIL";
    public const string DkimFail = "DKIM_FAIL";
    public const string DmarcFail = "DMARC_FAIL";
    public const string BankChangeWording = "BANK_CHANGE_WORDING";
    public const string BankChangeWithAnomaly = "BANK_CHANGE_WITH_ANOMALY";

    public static readonly IReadOnlyDictionary<string, int> Weights = new Dictionary<string, int>
    {
        [LookalikeDomain] = 45,
        [ReplyToLookalike] = 40,
        [PunycodeDomain] = 15,
        [DisplayNameStaff] = 35,
        [DisplayNameContact] = 25,
        [ReplyToMismatch] = 20,
        [SpfFail] = 15,
        [SpfSoftFail] = 5,
        [DkimFail] = 15,
        [DmarcFail] = 25,
        [BankChangeWording] = 30,
        [BankChangeWithAnomaly] = 15,
    };

    public static RiskSignal Signal(string code, string explanation) => new(code, Weights[code], explanation);
}
