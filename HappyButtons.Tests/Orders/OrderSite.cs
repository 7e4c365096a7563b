using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Orders;

/// <summary>
/// The order services of one application node over a test database. Two sites over the same database are two nodes:
/// each has its own write gate, as two app servers on one PostgreSQL have.
/// </summary>
public sealed class OrderSite
{
    public OrderSite(TestDatabase database, CompanyOptions? company = null, ManualClock? clock = null)
    {
        Database = database;
        Clock = clock ?? new ManualClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        Company = new FixedOptions<CompanyOptions>(company ?? TestCompany.Complete());
        Hub = new EventHub();
        Audit = new AuditLog(database.Contexts, Clock);
        Documents = new OrderDocuments(database.Contexts, Company);
        var gate = new DatabaseWriteGate();
        var dialect = database.Services.GetRequiredService<ISqlDialect>();
        Orders = new OrderService(database.Contexts, gate, dialect, Documents, Audit, Hub, Clock);
        Lines = new OrderLineEditor(database.Contexts, gate, dialect, Audit, Hub, Clock);
        Queries = new OrderQueries(database.Contexts);
        Actors = new OrderActors(database.Contexts, Audit);
    }

    public TestDatabase Database { get; }
    public ManualClock Clock { get; }
    public FixedOptions<CompanyOptions> Company { get; }
    public EventHub Hub { get; }
    public AuditLog Audit { get; }
    public OrderDocuments Documents { get; }
    public OrderService Orders { get; }
    public OrderLineEditor Lines { get; }
    public OrderQueries Queries { get; }
    public OrderActors Actors { get; }

    public static readonly OrderActor Sales = new("sara", new HashSet<string> { OrderRoles.Sales });
    public static readonly OrderActor Production = new("paul", new HashSet<string> { OrderRoles.Production });
    public static readonly OrderActor Warehouse = new("wanda", new HashSet<string> { OrderRoles.Warehouse });
    public static readonly OrderActor Finance = new("fiona", new HashSet<string> { OrderRoles.Finance });
    public static readonly OrderActor Admin = OrderActor.Administrator("admin");

    /// <summary>A customer with address and VAT ID and two products (black 18L, minimum 1,000; white 24L at 7 %), stock on hand 50,000 each.</summary>
    public async Task SeedAsync()
    {
        await using var context = await Database.Contexts.CreateDbContextAsync();
        context.Customers.Add(new Customer
        {
            Number = "10042", Name = "Autowerk Süd GmbH", Type = "regular", Version = 1, VatId = "DE811122233",
            Address = new PostalAddress { Street = "Industriestraße 12", PostalCode = "70565", City = "Stuttgart", Country = "DE" },
            Contacts = [new Contact { CustomerNumber = "10042", FirstName = "Petra", LastName = "Klein", Email = "einkauf@autowerk-sued.de" }],
        });
        context.Customers.Add(new Customer { Number = "20077", Name = "Ohne Adresse KG", Type = "regular", Version = 1 });
        context.Products.Add(new Product
        {
            Sku = "HB-4H-18L-BLK", Name = "Vierloch-Knopf 18L schwarz", ListPrice = 0.12m, VatRate = 19m, MinimumOrderQuantity = 1000, StockOnHand = 50_000,
        });
        context.Products.Add(new Product
        {
            Sku = "HB-2H-24L-WHT", Name = "Zweiloch-Knopf 24L weiß, Perlmutt-Optik", ListPrice = 0.2375m, VatRate = 7m, MinimumOrderQuantity = 500, StockOnHand = 50_000,
        });
        context.Products.Add(new Product { Sku = "HB-OLD-01", Name = "Auslaufartikel", ListPrice = 1m, Active = false, StockOnHand = 10 });
        await context.SaveChangesAsync();
    }

    public async Task<long> CreateAsync(params NewOrderLine[] lines)
    {
        var result = await Orders.CreateAsync(new NewOrder("10042", "PO-4711", lines.Length == 0
            ? [new NewOrderLine("HB-4H-18L-BLK", 10_000), new NewOrderLine("HB-2H-24L-WHT", 2_500)]
            : lines, new DateOnly(2026, 12, 15)), "sara", CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Created!.Id;
    }

    /// <summary>Walks the order from its state to <paramref name="to"/> along the main path, as administrator.</summary>
    public async Task MoveToAsync(long id, OrderState to)
    {
        var path = new[]
        {
            OrderState.Confirmed, OrderState.Planned, OrderState.InProduction, OrderState.Produced, OrderState.Packed, OrderState.Shipped,
            OrderState.Delivered, OrderState.Invoiced, OrderState.Closed,
        };
        var current = (await Queries.GetAsync(id, CancellationToken.None))!.State;
        foreach (var state in path.SkipWhile(s => s <= current).TakeWhile(s => s <= to))
        {
            var result = await Orders.TransitionAsync(id, state, Admin);
            Assert.True(result.Succeeded, result.Refusal?.ToString());
        }
    }

    public async Task<Product> ProductAsync(string sku)
    {
        await using var context = await Database.Contexts.CreateDbContextAsync();
        return context.Products.Single(p => p.Sku == sku);
    }
}

public static class TestCompany
{
    public static CompanyOptions Complete() => new()
    {
        Name = "Happy Buttons", LegalForm = "GmbH", Street = "Knopfweg 7", PostalCode = "80331", City = "München", Country = "DE",
        RegisterCourt = "Amtsgericht München", RegisterNumber = "HRB 234567", ManagingDirectors = "Anna Knopf, Bernd Faden",
        VatId = "DE298765432", Iban = "DE89 3704 0044 0532 0130 00", Bic = "COBADEFFXXX", Bank = "Commerzbank", Phone = "+49 89 1234560",
        Web = "www.happybuttons.de", Email = "rechnung@happybuttons.de",
    };
}

/// <summary>Options whose value the test sets (and changes) by hand.</summary>
public sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue { get; set; } = value;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
