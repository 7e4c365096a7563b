using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Sales.Customers;

/// <summary>The words for customer codes (type, language, fields, import outcomes): text keys, translated by <see cref="UiText"/>.</summary>
public static class CustomerLabels
{
    public static string Type(CustomerType type) => type switch
    {
        CustomerType.Oem => "OEM",
        CustomerType.Distributor => "Distributor",
        _ => "Regular customer",
    };

    /// <summary>Keys, not text ("English" is the language switch's own word): see <c>UiStrings.English</c>.</summary>
    public static string Language(Language language) => "lang." + language.ToApiName();

    public static string Field(CustomerField field) => field switch
    {
        CustomerField.Number => "Customer number",
        CustomerField.Name => "Name",
        CustomerField.Type => "Type",
        CustomerField.Vip => "VIP",
        CustomerField.Language => "Language",
        CustomerField.Domains => "Mail domains",
        CustomerField.Agreements => "Framework agreements",
        CustomerField.VatId => "VAT ID",
        CustomerField.Address => "Address",
        CustomerField.Salutation => "Salutation",
        CustomerField.Title => "Title",
        CustomerField.FirstName => "First name",
        CustomerField.LastName => "Last name",
        _ => "E-mail",
    };

    public static string Action(CustomerCsvAction action) => action switch
    {
        CustomerCsvAction.Create => "New",
        CustomerCsvAction.Overwrite => "Overwrites",
        CustomerCsvAction.Unchanged => "Unchanged",
        CustomerCsvAction.AddContact => "Further contact",
        _ => "Not imported",
    };

    /// <summary>Every text key above, for the translation check.</summary>
    public static IEnumerable<string> All =>
        Enum.GetValues<CustomerType>().Select(Type)
            .Concat(Enum.GetValues<Language>().Select(Language))
            .Concat(Enum.GetValues<CustomerField>().Select(Field))
            .Concat(Enum.GetValues<CustomerCsvAction>().Select(Action));

    public static string Problem(UiText ui, CustomerProblem problem) => ui.Format(problem.Text, problem.Arguments);
}
