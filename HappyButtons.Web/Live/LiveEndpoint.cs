using System.Text.Json;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Live;

/// <summary>
/// <c>GET /live</c> for integrations (API key): a Server-Sent Events stream of the domain events, one JSON object per
/// event on one <c>data:</c> line, the event name being the topic. The key is checked again at every heartbeat, so a
/// revoked key's stream ends within one heartbeat. The browser UI does not use it: it is live through its circuit.
/// </summary>
public static class LiveEndpoint
{
    public static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(15);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapLiveEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/live", StreamAsync).RequireAuthorization(Policies.Api).ExcludeFromDescription();
        return app;
    }

    private static async Task StreamAsync(
        HttpContext context, EventHub hub, ApiKeyStore keys, IConfiguration configuration, ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime)
    {
        var key = ApiKeyAuthenticationHandler.ReadKey(context.Request)!;
        var heartbeat = configuration.GetValue<TimeSpan?>("HappyButtons:Live:Heartbeat") ?? DefaultHeartbeat;
        var logger = loggerFactory.CreateLogger(typeof(LiveEndpoint));
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancellation = stopping.Token;
        using var subscription = hub.Subscribe();
        try
        {
            await WriteAsync(context.Response, ": connected\nretry: 3000\n\n", cancellation);
            var nextCheck = DateTimeOffset.UtcNow + heartbeat;
            while (!cancellation.IsCancellationRequested)
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                tick.CancelAfter(heartbeat);
                try
                {
                    if (!await subscription.Reader.WaitToReadAsync(tick.Token))
                    {
                        break;
                    }

                    while (subscription.Reader.TryRead(out var next))
                    {
                        await WriteAsync(context.Response, Format(next), cancellation);
                    }
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    await WriteAsync(context.Response, ": heartbeat\n\n", cancellation);
                }

                if (DateTimeOffset.UtcNow >= nextCheck)
                {
                    nextCheck = DateTimeOffset.UtcNow + heartbeat;
                    if (await keys.ValidateAsync(key, cancellation) is null)
                    {
                        logger.LogInformation("Live stream ended: its API key was revoked");
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away or the app is stopping: a normal end of a live stream.
        }
        catch (IOException e)
        {
            logger.LogDebug(e, "Live stream closed by the network");
        }
    }

    /// <summary>One SSE message: the topic as event name, the event as one line of JSON.</summary>
    public static string Format(DomainEvent domainEvent) =>
        $"event: {domainEvent.Topic}\ndata: {JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json)}\n\n";

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
