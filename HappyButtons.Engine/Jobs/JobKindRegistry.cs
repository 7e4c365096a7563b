using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Jobs;

/// <summary>One registered job kind: its payload type, retry options and how to run it.</summary>
public sealed class JobKindRegistration
{
    internal JobKindRegistration(string kind, Type payloadType, JobKindOptions options, Func<IServiceProvider, string, JobContext, CancellationToken, Task> invoke)
    {
        Kind = kind;
        PayloadType = payloadType;
        Options = options;
        Invoke = invoke;
    }

    public string Kind { get; }
    public Type PayloadType { get; }
    public JobKindOptions Options { get; }
    internal Func<IServiceProvider, string, JobContext, CancellationToken, Task> Invoke { get; }

    internal static JobKindRegistration For<TPayload, THandler>(string kind, JobKindOptions options)
        where THandler : class, IJobHandler<TPayload> =>
        new(kind, typeof(TPayload), options, async (services, json, context, cancellationToken) =>
        {
            TPayload payload;
            try
            {
                payload = JsonSerializer.Deserialize<TPayload>(json, JobJson.Options)!;
            }
            catch (JsonException e)
            {
                throw new PermanentJobFailureException(
                    $"The payload of job {context.JobId} cannot be read as {typeof(TPayload).Name}: {e.Message}", e);
            }

            if (payload is null)
            {
                throw new PermanentJobFailureException($"The payload of job {context.JobId} is null; {typeof(TPayload).Name} expected.");
            }

            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<THandler>();
            await handler.HandleAsync(payload, context, cancellationToken);
        });
}

/// <summary>All job kinds this node can run, by kind.</summary>
public sealed class JobKindRegistry
{
    private readonly Dictionary<string, JobKindRegistration> _kinds;

    public JobKindRegistry(IEnumerable<JobKindRegistration> registrations)
    {
        _kinds = new Dictionary<string, JobKindRegistration>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (!_kinds.TryAdd(registration.Kind, registration))
            {
                throw new InvalidOperationException($"Job kind '{registration.Kind}' is registered twice; each kind has one handler.");
            }
        }
    }

    public IReadOnlyCollection<string> Kinds => _kinds.Keys;

    public JobKindRegistration? Find(string kind) => _kinds.GetValueOrDefault(kind);
}

internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
