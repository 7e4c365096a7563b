using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Web.Live;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Workspace.Messages;

public static class MessageViewerSetup
{
    /// <summary>The live message list: members of a department get its first page pushed when a message arrives or changes.</summary>
    public static IServiceCollection AddMessageViewer(this IServiceCollection services) =>
        services.AddLiveFragment(new LiveFragment(
            MessageChanged.TopicName,
            (user, scope) => Departments.IsValid(scope) && user.IsMemberOf(scope),
            (_, scope, renderer, viewer) => renderer.RenderAsync<MessageTable>(
                new Dictionary<string, object?> { [nameof(MessageTable.Department)] = scope }, viewer)));

    public static IEndpointRouteBuilder MapMessageViewer(this IEndpointRouteBuilder app) => app.MapMessageFiles();
}
