using System.Diagnostics;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Training;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Sla;

namespace HappyButtons.Bench;

/// <summary>
/// Enrichment + classification + routing + SLA for the demo mails on one thread. Reports wall-clock
/// and CPU-time throughput: on a shared build machine the CPU figure is the fairer one.
/// </summary>
public sealed class IntakeBench : IBenchmark
{
    public string Name => "intake";
    public string Description => "enrich, classify, route and set the SLA of typical mails on one core (messages/s)";

    /// <summary>CPU time per stage, to show where the time goes.</summary>
    private static int StageBreakdown(TextWriter output, IntakePipeline pipeline, MessageClassifier classifier, IntakeMessage[] messages)
    {
        var enricher = new MessageEnricher(DemoCustomers.CreateDirectory());
        var router = new RoutingEvaluator(DefaultRoutingRules.All);
        var enriched = messages.Select(enricher.Enrich).ToArray();
        var classified = messages.Select((m, i) => classifier.Classify(m, enriched[i])).ToArray();
        const int n = 4_000;
        var sink = 0;
        double Measure(Func<int, int> stage)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < n; i++) sink += stage(i % messages.Length);
            return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / n;
        }
        var enrich = Measure(i => enricher.Enrich(messages[i]).Risk.Score);
        var classify = Measure(i => (int)classifier.Classify(messages[i], enriched[i]).Intent);
        var features = Measure(i => FeatureExtractor.Extract(MessageClassifier.TextOf(messages[i])).Count);
        var route = Measure(i => (int)router.Evaluate(new RoutingInput(messages[i], enriched[i], classified[i])).Department);
        output.WriteLine($"CPU µs/message by stage: enrich {enrich:0}, classify {classify:0} (of which feature extraction {features:0}), route {route:0}");
        return sink;
    }

    public Task RunAsync(TextWriter output)
    {
        var training = Stopwatch.StartNew();
        var classifier = MessageClassifier.Train(TrainingCorpus.All);
        training.Stop();
        output.WriteLine($"training on {TrainingCorpus.All.Count} examples: {training.Elapsed.TotalMilliseconds:0} ms");

        var pipeline = new IntakePipeline(
            new MessageEnricher(DemoCustomers.CreateDirectory()), classifier,
            new RoutingEvaluator(DefaultRoutingRules.All), new SlaClock(new BusinessCalendar()));
        var messages = DemoMessages.All.Select(m => m.Message).ToArray();

        var sink = 0;
        // Long warm-up so tiered JIT has promoted the hot paths before measuring.
        for (var i = 0; i < 30_000; i++) sink += (int)pipeline.Process(messages[i % messages.Length]).Routing.Department;

        foreach (var round in new[] { 1, 2, 3 })
        {
            var count = 0;
            var watch = Stopwatch.StartNew();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            while (watch.ElapsedMilliseconds < 2_000)
            {
                sink += (int)pipeline.Process(messages[count % messages.Length]).Routing.Department;
                count++;
            }
            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;
            output.WriteLine($"round {round}: {count} messages in {watch.Elapsed.TotalSeconds:0.00} s = {count / watch.Elapsed.TotalSeconds:N0} messages/s, " +
                             $"{watch.Elapsed.TotalMicroseconds / count:0} µs/message, {count / cpu.TotalSeconds:N0} messages per CPU-second, " +
                             $"{allocated / 1024.0:0.0} KiB allocated/message");
        }
        sink += StageBreakdown(output, pipeline, classifier, messages);
        output.WriteLine($"(checksum {sink})");
        return Task.CompletedTask;
    }
}
