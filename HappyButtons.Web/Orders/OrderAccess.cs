using HappyButtons.Engine.Orders;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Orders;

/// <summary>
/// Who sees the order pages and moves orders: anyone with an order role (sales, finance, production, warehouse,
/// administrators), in a workspace they belong to. Read from the stored user at each call, like <see cref="ActionAuthorization"/>.
/// </summary>
public sealed class OrderAccess(ActionAuthorization rights, OrderActors actors)
{
    /// <summary>The viewer as an order actor when they may see orders in <paramref name="scope"/> (a department or "admin"); null otherwise.</summary>
    public async Task<OrderActor?> ViewerAsync(string scope, CancellationToken cancellationToken = default)
    {
        var user = await rights.SignedInAsync(cancellationToken);
        if (user is null || !(scope == "admin" ? user.IsAdmin : user.Departments.Contains(scope)))
        {
            return null;
        }

        return await actors.ForUserAsync(user.Id, cancellationToken) is { SeesOrders: true } actor ? actor : null;
    }

    /// <summary>The acting user as an order actor for an action (the lifecycle checks the role of the step); null when signed out.</summary>
    public async Task<OrderActor?> ActorAsync(CancellationToken cancellationToken = default) =>
        await rights.SignedInAsync(cancellationToken) is { } user ? await actors.ForUserAsync(user.Id, cancellationToken) : null;
}

public static class OrdersWebSetup
{
    public static IServiceCollection AddOrdersUi(this IServiceCollection services) => services.AddScoped<OrderAccess>();

    /// <summary>Document downloads for signed-in people with an order role: the stored bytes, as an attachment.</summary>
    public static IEndpointRouteBuilder MapOrderDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id:long}/documents/{name}", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(long id, string name, HttpContext context, OrderActors actors, OrderDocuments documents,
        CancellationToken cancellationToken)
    {
        if (context.User.UserId() is not { } userId || await actors.ForUserAsync(userId, cancellationToken) is not { SeesOrders: true })
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var extension = Path.GetExtension(name);
        if (extension is ".pdf" or ".xml" && await documents.FindByNumberAsync(id, Path.GetFileNameWithoutExtension(name), cancellationToken) is { } numbered)
        {
            return extension == ".pdf" ? Results.File(numbered.Pdf, "application/pdf", numbered.Number + ".pdf")
                : numbered.Xml is { } xml ? Results.File(xml, "application/xml", numbered.Number + ".xml") : Results.NotFound();
        }

        if (Engine.Documents.DocumentKinds.FromCode(Path.GetFileNameWithoutExtension(name)) is not { } kind || extension is not (".pdf" or ".xml")
            || await documents.FindAsync(id, kind, cancellationToken) is not { } document || (extension == ".xml" && document.Xml is null))
        {
            return Results.NotFound();
        }

        return extension == ".pdf"
            ? Results.File(document.Pdf, "application/pdf", document.Number + ".pdf")
            : Results.File(document.Xml!, "application/xml", document.Number + ".xml");
    }
}
