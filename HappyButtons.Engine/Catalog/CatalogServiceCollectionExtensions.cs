using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Orders.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// The catalog (products, customer prices, aliases), the demo catalog seeding and the purchase-order extraction. Call
    /// after <c>AddIntakeProcessing</c>: the demo catalog's prices and aliases need the seeded customers.
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<CustomerPriceBook>();
        services.AddSingleton<ProductAliasBook>();
        services.AddSingleton<IInstallationStep, DemoCatalogSeeding>();
        services.AddPurchaseOrderExtraction();
        return services;
    }

    /// <summary>The demo catalog goes into an empty catalog when demo data is on (<c>HappyButtons:Demo:Enabled</c>, unset: Development).</summary>
    private sealed class DemoCatalogSeeding(CatalogStore catalog, IOptions<DemoOptions> options, IHostEnvironment environment) : IInstallationStep
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            if (options.Value.Enabled ?? environment.IsDevelopment())
            {
                await catalog.SeedAsync(DemoCatalog.Products, DemoCatalog.CustomerPrices, DemoCatalog.Aliases, cancellationToken);
            }
        }
    }
}
