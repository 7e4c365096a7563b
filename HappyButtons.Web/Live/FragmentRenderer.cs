using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace HappyButtons.Web.Live;

/// <summary>Renders a Razor component to an HTML string outside a page request, for pushing over SSE.</summary>
public sealed class FragmentRenderer(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, HttpContext? viewer = null)
        where TComponent : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        // Components read the viewer (language, who "you" are) through the accessor, as they do in a page;
        // on the live stream that is already the viewer's own request.
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        if (accessor.HttpContext is null && viewer is not null)
        {
            accessor.HttpContext = viewer;
        }

        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
