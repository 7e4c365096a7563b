using System.Text;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;

namespace HappyButtons.Tests.Intake;

/// <summary>The customer import read from real files as Excel and other programs write them.</summary>
public class CustomerCsvTests
{
    private static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Customers", name));

    private static CustomerCsvFile Read(string name) => CustomerCsv.Read(File(name), DemoCustomers.CreateDirectory());

    private static CustomerCsvRow Line(CustomerCsvFile file, int line) => Assert.Single(file.Rows, r => r.Line == line);

    [Fact]
    public void AnExcelExportInWindows1252_WithGermanHeaders_ReadsUmlautsAndQuotesRight()
    {
        var file = Read("kunden-excel-windows1252.csv");

        Assert.Equal("Windows-1252", file.Charset);
        Assert.Equal(';', file.Separator);
        Assert.Empty(file.Problems);
        var mueller = Line(file, 2);
        Assert.Equal(CustomerCsvAction.Create, mueller.Action);
        Assert.Equal(new Customer("40010", "Müller & Söhne Knopfhandel GmbH", CustomerType.Distributor, true, Language.De, ["mueller-soehne.de"], ["RV-2026-001"]),
            mueller.Customer, CustomerEquality.Instance);
        Assert.Equal("Weiß", mueller.Contact!.LastName);
        Assert.Equal("Änne", mueller.Contact.FirstName);
        Assert.Equal("Sehr geehrte Frau Dr. Weiß", mueller.Contact.PreferredSalutation);
        Assert.Equal("Sehr geehrter Herr Öztürk", Line(file, 3).Contact!.PreferredSalutation);
        Assert.Equal(CustomerType.Regular, Line(file, 3).Customer!.Type);
        // A quoted field keeps its separator; „“ exist in Windows-1252 only (not in ISO-8859-1).
        Assert.Equal("Knopf „Premium“ Vertrieb; Nord", Line(file, 7).Customer!.Name);
        Assert.Equal(Language.En, Line(file, 7).Customer!.Language);
    }

    [Fact]
    public void AMalformedCustomerNumber_RejectsItsLine_AndNamesIt()
    {
        var file = Read("kunden-excel-windows1252.csv");

        var typo = Line(file, 5);
        Assert.Equal(CustomerCsvAction.Reject, typo.Action);
        Assert.Null(typo.Customer);
        var problem = Assert.Single(typo.Problems);
        Assert.Equal(CustomerField.Number, problem.Field);
        Assert.Equal("The customer number \"1OO43\" is not valid: it has 4 to 10 digits and nothing else.", problem.ToString());
        Assert.DoesNotContain(file.Customers, c => c.Name == "Tippfehler GmbH");
    }

    [Fact]
    public void ALineOfAStoredCustomer_IsShownAsOverwrite_WithTheFieldsItChanges_AndKeepsWhatItLeavesEmpty()
    {
        var file = Read("kunden-excel-windows1252.csv");

        var autowerk = Line(file, 4);
        Assert.Equal(CustomerCsvAction.Overwrite, autowerk.Action);
        Assert.Equal("Autowerk Süd AG", autowerk.Existing!.Name);
        Assert.Equal([CustomerField.Domains], autowerk.Changes);
        // The agreements cell is empty: the stored agreement stays.
        Assert.Equal(["RV-2024-017"], autowerk.Customer!.FrameworkAgreements);
        Assert.Equal(3, file.Count(CustomerCsvAction.Create)); // 40010, 40011, 40012
    }

    [Fact]
    public void AFurtherLineOfTheSameCustomer_AddsItsContact()
    {
        var file = Read("kunden-excel-windows1252.csv");

        var second = Line(file, 6);
        Assert.Equal(CustomerCsvAction.AddContact, second.Action);
        Assert.Equal(["a.weiss@mueller-soehne.de", "k.mueller@mueller-soehne.de"],
            file.Contacts.Where(c => c.CustomerNumber == "40010").Select(c => c.Email).ToArray());
        Assert.Single(file.Customers, c => c.Number == "40010");
    }

    [Fact]
    public void AUtf8FileWithByteOrderMark_AndEnglishHeaders_IsReadWithItsQuotedCommas()
    {
        var file = Read("customers-utf8-bom.csv");

        Assert.Equal("UTF-8", file.Charset);
        Assert.Equal(',', file.Separator);
        Assert.Equal("Buttons, Bows & Co Ltd", Line(file, 2).Customer!.Name);
        Assert.Equal("Maßschneiderei Ünal", Line(file, 3).Customer!.Name);
        Assert.Equal(CustomerCsvAction.Reject, Line(file, 4).Action);
        Assert.Contains("\"12.5\"", Assert.Single(Line(file, 4).Problems).ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x4B, 0xC3, 0xBC }, "UTF-8", "Kü")]
    [InlineData(new byte[] { 0x4B, 0xC3, 0xBC }, "UTF-8", "Kü")]
    [InlineData(new byte[] { 0x4B, 0xFC, 0x80 }, "Windows-1252", "Kü€")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x4B, 0x00, 0xFC, 0x00 }, "UTF-16", "Kü")]
    public void TheCharset_IsTakenFromTheByteOrderMark_ElseUtf8WhenValid_ElseWindows1252(byte[] bytes, string charset, string text)
    {
        var decoded = CustomerCsv.Decode(bytes);

        Assert.Equal((text, charset), decoded);
    }

    [Fact]
    public void AFileWithoutHeader_UsesTheOldColumnOrder()
    {
        var file = CustomerCsv.Read("40030;Knopfladen Nord GmbH;regular;nein;de;knopfladen-nord.de\n40031;;oem;ja;de;bad domain\n",
            DemoCustomers.CreateDirectory());

        Assert.Empty(file.Headers);
        Assert.Equal(CustomerCsvAction.Create, file.Rows[0].Action);
        Assert.Equal(["knopfladen-nord.de"], file.Rows[0].Customer!.EmailDomains);
        var problems = file.Rows[1].Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("The name is missing.", problems);
        Assert.Contains("\"bad\" is not a mail domain.", problems);
    }

    [Fact]
    public void AHeaderWithoutNumberColumn_IsRefused_AndUnknownColumnsAreNamed()
    {
        var file = CustomerCsv.Read("Firma;Ort;Sprache\nKnopf AG;Köln;de\n", DemoCustomers.CreateDirectory());

        Assert.Empty(file.Rows);
        Assert.Equal([CustomerCsv.NoNumberColumn, CustomerCsv.UnknownColumn], file.Problems.Select(p => p.Text).ToArray());
        Assert.Equal("The column \"Ort\" is not known and is ignored.", file.Problems[1].ToString());
    }

    [Fact]
    public void AContactAddressOfAnotherCustomer_IsNotMovedByAnImport()
    {
        var file = CustomerCsv.Read("Kundennummer;Name;Nachname;E-Mail\n40040;Neu GmbH;Weber;A.Weber@autowerk-sued.de\n", DemoCustomers.CreateDirectory());

        var row = Assert.Single(file.Rows);
        Assert.Equal(CustomerCsvAction.Reject, row.Action);
        Assert.Equal("The e-mail address a.weber@autowerk-sued.de belongs to a contact of customer 10042.", Assert.Single(row.Problems).ToString());
    }

    [Fact]
    public void EveryProblemText_HasItsGermanTranslation()
    {
        var german = HappyButtons.Web.Localization.UiStrings.German;

        Assert.Empty(CustomerCsv.Texts.Where(t => !german.ContainsKey(t)));
        Assert.Empty(HappyButtons.Web.Sales.Customers.CustomerLabels.All.Where(t => !german.ContainsKey(t)));
    }

    private sealed class CustomerEquality : IEqualityComparer<Customer>
    {
        public static readonly CustomerEquality Instance = new();

        public bool Equals(Customer? x, Customer? y) =>
            x is not null && y is not null && x.Number == y.Number && x.Name == y.Name && x.Type == y.Type && x.IsVip == y.IsVip && x.Language == y.Language
            && x.EmailDomains.SequenceEqual(y.EmailDomains) && x.FrameworkAgreements.SequenceEqual(y.FrameworkAgreements);

        public int GetHashCode(Customer obj) => obj.Number.GetHashCode(StringComparison.Ordinal);
    }
}
