using HappyButtons.Engine.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Orders;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>Orders, their lifecycle and documents, with the company data of <c>HappyButtons:Company</c>.</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        // Not validated at start: an installation without company data runs; issuing an invoice names what is missing.
        services.AddOptions<CompanyOptions>().Bind(configuration.GetSection(CompanyOptions.Section));
        services.AddSingleton<OrderDocuments>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<OrderLineEditor>();
        services.AddSingleton<PurchaseOrderIntake>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<OrderActors>();
        return services;
    }
}
