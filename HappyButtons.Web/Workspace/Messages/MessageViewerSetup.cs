namespace HappyButtons.Web.Workspace.Messages;

public static class MessageViewerSetup
{
    /// <summary>The prepared mail HTML, cached once per raw mail.</summary>
    public static IServiceCollection AddMessageViewer(this IServiceCollection services) => services.AddSingleton<MailHtmlCache>();

    /// <summary>The endpoints the message page loads besides itself: the sandboxed HTML body and attachment downloads.</summary>
    public static IEndpointRouteBuilder MapMessageViewer(this IEndpointRouteBuilder app) => app.MapMessageFiles();
}
