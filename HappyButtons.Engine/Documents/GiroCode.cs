using System.Globalization;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// The EPC QR code ("GiroCode", EPC069-12 version 002) a banking app scans to prefill a SEPA credit transfer: service tag
/// BCD, version 002, character set 1 (UTF-8), SCT, BIC, name, IBAN, amount as EUR#.##, no purpose, no structured
/// reference, the invoice number as the remittance text. Lines end with LF.
/// </summary>
public static class GiroCode
{
    public static string Payload(string bic, string name, string iban, decimal amount, string remittance)
    {
        if (amount is < 0.01m or > 999_999_999.99m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An EPC QR code carries 0.01 to 999999999.99 EUR.");
        }

        string[] lines =
        [
            "BCD", "002", "1", "SCT",
            bic.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
            Cut(name, 70),
            iban.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
            "EUR" + amount.ToString("0.00", CultureInfo.InvariantCulture),
            "",
            "",
            Cut(remittance, 140),
        ];
        return string.Join('\n', lines);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
