using HappyButtons.Engine.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HappyButtons.Engine.Orders;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>Orders, their lifecycle and documents, with the company data of <c>HappyButtons:Company</c>.</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        // Not validated at start: an installation without company data runs; issuing an invoice names what is missing.
        services.AddOptions<CompanyOptions>().Bind(configuration.GetSection(CompanyOptions.Section));
        services.AddOptions<OrderMailOptions>().Bind(configuration.GetSection(OrderMailOptions.Section)).ValidateOnStart();
        services.AddSingleton<DeliveryMail>();
        // The survey's links go into the delivery mail; a host without the KPIs (the bench) still gets them.
        services.TryAddSingleton<Kpis.CustomerSurvey>();
        services.AddSingleton<OrderDocuments>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<OrderLineEditor>();
        services.AddSingleton<PurchaseOrderIntake>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<OrderActors>();
        return services;
    }
}
