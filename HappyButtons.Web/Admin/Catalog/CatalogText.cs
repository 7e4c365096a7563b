using System.Globalization;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Catalog;

/// <summary>Prices and quantities as the catalog pages show them, in the reader's language.</summary>
public static class CatalogText
{
    public static string Price(UiText ui, decimal amount, string currency) =>
        amount.ToString("#,##0.00##", Culture(ui)) + " " + (currency == "EUR" ? "€" : currency);

    public static string Number(UiText ui, long value) => value.ToString("N0", Culture(ui));

    public static CultureInfo Culture(UiText ui) => CultureInfo.GetCultureInfo(ui.Language == "en" ? "en-GB" : "de-DE");
}
