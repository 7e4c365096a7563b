using System.Diagnostics;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Enrichment.Fraud;
using HappyButtons.Engine.Intake.Training;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Sla;

namespace HappyButtons.Bench;

/// <summary>
/// CPU time per processing stage (parse, map, each enrichment part, classification, routing) on the ~4 KB mail of the
/// ingest benchmark, measured twice so the second round shows the tier-1 JIT figures. Three unreported rounds in between
/// (a few seconds) let tiered compilation finish: hot loops of our own code pass through tier 0 and an instrumented tier,
/// both several times slower, and a single round in between sometimes left round 2 measuring those.
/// </summary>
public sealed class StagesBench : IBenchmark
{
    public string Name => "stages";

    public string Description => "CPU µs per processing stage on the ~4 KB ingest-bench mail (second round counts)";

    public Task RunAsync(TextWriter output)
    {
        var classifier = MessageClassifier.Train(TrainingCorpus.All);
        var directory = DemoCustomers.CreateDirectory();
        var enricher = new MessageEnricher(directory);
        var router = new RoutingEvaluator(DefaultRoutingRules.All);
        var customers = new CustomerMatcher(directory);
        var oem = new OemDetector(directory);
        var risk = new RiskAssessor(directory);

        var raws = Enumerable.Range(0, 50).Select(IngestBench.Message).ToArray();
        var parser = MailParser.Default;
        var mimes = raws.Select(parser.Parse).ToArray();
        var messages = mimes.Select(m => IntakeMessageMapper.FromParsed("sales", m, [], DateTimeOffset.UtcNow)).ToArray();
        var enriched = messages.Select(enricher.Enrich).ToArray();
        var classified = messages.Select((m, i) => classifier.Classify(m, enriched[i])).ToArray();
        var references = messages.Select(m => OemReferences.Find(m.SearchableText)).ToArray();
        var folded = messages.Select(m => TextFolding.Fold(m.Subject + "\n" + m.AuthoredText)).ToArray();

        var stages = new (string Name, Func<int, int> Run)[]
        {
            ("parse", i => parser.Parse(raws[i]).BodyText.Full.Length),
            (" + processor reads", i => ProcessorReads(parser.Parse(raws[i]))),
            ("map", i => IntakeMessageMapper.FromParsed("sales", mimes[i], [], DateTimeOffset.UtcNow).AuthoredText.Length),
            ("enrich", i => enricher.Enrich(messages[i]).Risk.Score),
            (" fold", i => TextFolding.Fold(messages[i].Subject + "\n" + messages[i].AuthoredText).Length),
            (" oemrefs", i => OemReferences.Find(messages[i].SearchableText).GetHashCode()),
            (" autoreply", i => AutoReplyDetector.Assess(messages[i]).IsAutomated ? 1 : 0),
            (" language", i => LanguageDetector.Detect(messages[i].Subject + "\n" + messages[i].AuthoredText).GetHashCode()),
            (" urgency", i => UrgencyAssessor.Assess(messages[i], folded[i], false, enriched[i].Customer, enriched[i].Oem).GetHashCode()),
            ("  deadline", i => DeadlineFinder.FindNearDeadline(folded[i], messages[i].ReceivedAt)?.Length ?? 0),
            (" customer", i => customers.Match(messages[i], references[i]).GetHashCode()),
            (" oem", i => oem.Assess(folded[i], references[i], enriched[i].Customer).GetHashCode()),
            (" risk", i => risk.Assess(messages[i], folded[i]).Score),
            (" searchable", i => messages[i].SearchableText.Length),
            ("classify", i => (int)classifier.Classify(messages[i], enriched[i]).Intent),
            (" features", i => FeatureExtractor.Extract(MessageClassifier.TextOf(messages[i])).Count),
            ("route", i => (int)router.Evaluate(new RoutingInput(messages[i], enriched[i], classified[i])).Department),
        };

        var sink = 0;
        foreach (var round in new[] { 1, 0, 0, 0, 2 })
        {
            if (round > 0)
            {
                output.WriteLine($"round {round}");
            }

            foreach (var (name, run) in stages)
            {
                var microseconds = Measure(run, messages.Length, ref sink);
                if (round > 0)
                {
                    output.WriteLine($"{name,-20} {microseconds,8:0.0} µs");
                }
            }
        }

        output.WriteLine($"(checksum {sink})");
        return Task.CompletedTask;
    }

    /// <summary>CPU µs per call after 500 calls of warm-up.</summary>
    private static double Measure(Func<int, int> stage, int messages, ref int sink)
    {
        const int calls = 3_000;
        for (var i = 0; i < 500; i++)
        {
            sink += stage(i % messages);
        }

        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            sink += stage(i % messages);
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / calls;
    }

    /// <summary>What MessageProcessor and IntakeMessageMapper read from a parsed mail, as often as they read it.</summary>
    private static int ProcessorReads(ParsedMail message)
    {
        var read = message.Attachments.Count + message.Warnings.Count + (message.LimitExceeded ? 1 : 0);
        var body = message.BodyText;
        read += body.Full.Length + body.NewContent.Length + body.NewContent.Length + body.NewContent.Length;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var header in message.Headers.Take(500)) read += header.Value.Length;
            read += (message.From?.Address.Length ?? 0) + (message.Subject?.Length ?? 0) + message.To.Sum(a => a.ToString().Length) + message.ReplyTo.Count;
        }
        read += message.Cc.Sum(a => a.ToString().Length) + (message.From?.DisplayName?.Length ?? 0) + (message.MessageId?.Length ?? 0);
        read += (int)(message.Date?.ToUnixTimeMilliseconds() ?? 0) + (message.InReplyTo?.Length ?? 0) + (message.HtmlBody is null ? 0 : 1);
        return read;
    }
}
