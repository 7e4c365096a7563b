using System.Text;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Live;

/// <summary>
/// <c>GET /live/{scope}</c>: a Server-Sent Events stream of server-rendered HTML fragments for one workspace
/// (a department code, or <c>admin</c>). The event name is the topic; htmx swaps the fragment into the element
/// with the matching <c>sse-swap</c>. Opening a department stream also marks the viewer present there.
/// </summary>
public static class LiveEndpoint
{
    public const string AdminScope = "admin";
    public static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapLiveEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/live/{scope}", StreamAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> StreamAsync(
        string scope, HttpContext context, EventHub hub, PresenceTracker presence, LiveFragments fragments,
        FragmentRenderer renderer, IConfiguration configuration, ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime)
    {
        var user = context.User;
        var isDepartment = Departments.IsValid(scope);
        if (!(isDepartment && user.IsMemberOf(scope)) && !(scope == AdminScope && user.IsAdmin()))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var heartbeat = configuration.GetValue<TimeSpan?>("HappyButtons:Live:Heartbeat") ?? DefaultHeartbeat;
        var logger = loggerFactory.CreateLogger(typeof(LiveEndpoint));
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancellation = stopping.Token;

        using var subscription = hub.Subscribe(e =>
            (e.Department is null || e.Department == scope) && fragments.For(e.Topic)?.CanSee(user, scope) == true);
        using var here = isDepartment ? presence.Enter(scope, user.UserId() ?? 0, user.DisplayName()) : null;

        try
        {
            await WriteAsync(context.Response, ": connected\nretry: 3000\n\n", cancellation);
            while (!cancellation.IsCancellationRequested)
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                tick.CancelAfter(heartbeat);
                DomainEvent? next = null;
                try
                {
                    if (await subscription.Reader.WaitToReadAsync(tick.Token))
                    {
                        subscription.Reader.TryRead(out next);
                    }
                    else
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    await WriteAsync(context.Response, ": heartbeat\n\n", cancellation);
                    continue;
                }

                if (next is not null && fragments.For(next.Topic) is { } fragment)
                {
                    var html = await fragment.Render(next, scope, renderer, context);
                    await WriteAsync(context.Response, Format(next.Topic, html), cancellation);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the app is stopping: a normal end of a live stream.
        }
        catch (IOException e)
        {
            logger.LogDebug(e, "Live stream for {Scope} closed by the network", scope);
        }

        return Results.Empty;
    }

    /// <summary>One SSE message; every line of the HTML becomes a <c>data:</c> line.</summary>
    public static string Format(string eventName, string html)
    {
        var builder = new StringBuilder();
        builder.Append("event: ").Append(eventName).Append('\n');
        foreach (var line in html.ReplaceLineEndings("\n").Split('\n'))
        {
            builder.Append("data: ").Append(line).Append('\n');
        }

        return builder.Append('\n').ToString();
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
