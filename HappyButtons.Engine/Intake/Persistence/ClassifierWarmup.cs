using HappyButtons.Engine.Intake.Classification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>
/// Trains the classifier (shipped corpus plus stored corrections) right after start-up, in the background,
/// so the first mail does not wait for it and the site is serving meanwhile.
/// </summary>
public sealed class ClassifierWarmup(IServiceProvider services, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        services.GetRequiredService<MessageClassifier>();
        logger.LogInformation("Classifier trained in {Milliseconds} ms", started.ElapsedMilliseconds);
    }, stoppingToken);
}
