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
        for (var i = 0; i < 2_000; i++) sink += (int)pipeline.Process(messages[i % messages.Length]).Routing.Department;

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
        output.WriteLine($"(checksum {sink})");
        return Task.CompletedTask;
    }
}
