using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;
using Product = HappyButtons.Engine.Storage.Model.Product;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>What both set generators share: customers, their addresses and agreements, the choice of products.</summary>
public abstract class OrderSetBase(int seed, bool heldOut)
{
    protected Random Random { get; } = new(seed);
    protected Wording Words { get; } = new(heldOut);
    protected static readonly DateOnly Received = new(2026, 12, 7);

    protected static readonly string[] CallOffCustomers = ["10042", "10057", "10063", "20011"];

    protected static readonly Dictionary<string, (string Street, string City)> Addresses = new()
    {
        ["10042"] = ("Werk Ingolstadt, Tor 3, Ettinger Straße 70", "85057 Ingolstadt"),
        ["10057"] = ("Werk Bretten, Rampe 2, Pforzheimer Straße 12", "75015 Bretten"),
        ["10063"] = ("Plant Jönköping, Gate 5, Industrigatan 14", "553 02 Jönköping"),
        ["20011"] = ("Lager Hamburg, Halle 4, Billstraße 101", "20539 Hamburg"),
        ["30101"] = ("Sendlinger Straße 41", "80331 München"),
        ["30102"] = ("Lager Rosenheim, Münchener Straße 24", "83022 Rosenheim"),
        ["30103"] = ("Hinterhof, Kastanienallee 8", "10435 Berlin"),
        ["30104"] = ("Unit 4, Riverside Park", "London E14 9TP"),
        ["30105"] = ("12 rue des Boutons", "69002 Lyon"),
        ["30106"] = ("Wareneingang Tor 2, Industriestraße 5", "33602 Bielefeld"),
        ["30107"] = ("Lager 2, Wiesenweg 3", "72458 Albstadt"),
        ["30108"] = ("Warehouse, Havenstraat 11", "3011 Rotterdam"),
    };

    protected static Customer CustomerOf(string number) => DemoCustomers.Customers.Single(c => c.Number == number);

    protected static bool EnglishSpeaking(string number) => CustomerOf(number).Language != Language.De;

    protected static string Buyer(string number) =>
        DemoCustomers.Contacts.FirstOrDefault(c => c.CustomerNumber == number) is { } c ? $"{c.FirstName} {c.LastName}" : "Einkauf";

    /// <summary>1–<paramref name="max"/> different products: the customer's usual ones first when it has some.</summary>
    protected List<Product> Products(string customer, int max, Func<Product, bool>? fit = null)
    {
        var usual = Engine.Catalog.DemoCatalog.CustomerPrices.Where(p => p.CustomerNumber == customer).Select(p => p.Sku)
            .Concat(Engine.Catalog.DemoCatalog.Aliases.Where(a => a.CustomerNumber == customer).Select(a => a.Sku)).Distinct().ToList();
        var pool = Writing.Active.Where(p => fit is null || fit(p)).ToList();
        var count = 1 + Random.Next(max);
        var chosen = new List<Product>();
        while (chosen.Count < count && chosen.Count < pool.Count)
        {
            var sku = usual.Count > 0 && Random.Next(3) > 0 ? Random.Pick(usual) : null;
            var product = sku is null ? Random.Pick(pool) : Writing.Active.Single(p => p.Sku == sku);
            if ((fit is null || fit(product)) && !chosen.Contains(product))
            {
                chosen.Add(product);
            }
            else if (chosen.Count > 0 && Random.Next(4) == 0)
            {
                break;
            }
        }

        return chosen.Count > 0 ? chosen : [Random.Pick(pool)];
    }

    protected DateOnly DeliveryDate() => Received.AddDays(14 + Random.Next(60));

    protected static OrderCase Case(string id, string format, bool english, string customer, string subject, string body, string? pdf,
        string? po, IEnumerable<ExpectedLine> lines, string? address = null) =>
        new(id, format, english ? "en" : "de", customer, subject, body, pdf, Received, new ExpectedOrder(po, lines.ToList(), address));
}
