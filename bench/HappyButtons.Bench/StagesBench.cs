using System.Diagnostics;
using System.Text;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Training;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Mail.Mime;
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
        var enricher = new MessageEnricher(DemoCustomers.CreateDirectory());
        var router = new RoutingEvaluator(DefaultRoutingRules.All);
        var raws = Enumerable.Range(0, 50).Select(IngestBench.Message).ToArray();
        var mimes = raws.Select(r => MimeParser.Parse(r)).ToArray();
        var messages = mimes.Select(m => IntakeMessageMapper.FromMime("sales", m, [], DateTimeOffset.UtcNow)).ToArray();
        var enriched = messages.Select(enricher.Enrich).ToArray();
        var classified = messages.Select((m, i) => classifier.Classify(m, enriched[i])).ToArray();
        const int n = 3_000;
        ICustomerDirectory dir; CustomerMatcher cm; OemDetector od; HappyButtons.Engine.Intake.Enrichment.Fraud.RiskAssessor ra; OemReferences[] refs; string[] folded;
        var sink = 0;
        var report = true;
        double Measure(string name, Func<int, int> stage)
        {
            for (var i = 0; i < 500; i++) sink += stage(i % messages.Length);
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < n; i++) sink += stage(i % messages.Length);
            var r = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / n;
            if (report) output.WriteLine($"{name,-20} {r,8:0.0} µs");
            return r;
        }
        foreach (var round in new[] { 1, 0, 0, 0, 2 })
        {
            report = round > 0;
            if (report) output.WriteLine($"round {round}");
        Measure("parse", i => MimeParser.Parse(raws[i]).BodyText.Full.Length);
        Measure(" + processor reads", i => ProcessorReads(MimeParser.Parse(raws[i])));
        Measure("map", i => IntakeMessageMapper.FromMime("sales", mimes[i], [], DateTimeOffset.UtcNow).AuthoredText.Length);
        Measure("enrich", i => enricher.Enrich(messages[i]).Risk.Score);
        Measure(" fold", i => TextFolding.Fold(messages[i].Subject + "\n" + messages[i].AuthoredText).Length);
        Measure(" oemrefs", i => OemReferences.Find(messages[i].SearchableText).GetHashCode());
        Measure(" autoreply", i => AutoReplyDetector.Assess(messages[i]).IsAutomated ? 1 : 0);
        Measure(" language", i => LanguageDetector.Detect(messages[i].Subject + "\n" + messages[i].AuthoredText).GetHashCode());
        Measure(" urgency", i => UrgencyAssessor.Assess(messages[i], TextFolding.Fold(messages[i].Subject + "\n" + messages[i].AuthoredText), false, enriched[i].Customer, enriched[i].Oem).GetHashCode());
        dir = DemoCustomers.CreateDirectory();
        cm = new CustomerMatcher(dir); od = new OemDetector(dir); ra = new HappyButtons.Engine.Intake.Enrichment.Fraud.RiskAssessor(dir);
        refs = messages.Select(m => OemReferences.Find(m.SearchableText)).ToArray();
        folded = messages.Select(m => TextFolding.Fold(m.Subject + "\n" + m.AuthoredText)).ToArray();
        Measure("  deadline", i => DeadlineFinder.FindNearDeadline(folded[i], messages[i].ReceivedAt)?.Length ?? 0);
        Measure(" customer", i => cm.Match(messages[i], refs[i]).GetHashCode());
        Measure(" oem", i => od.Assess(folded[i], refs[i], enriched[i].Customer).GetHashCode());
        Measure(" risk", i => ra.Assess(messages[i], folded[i]).Score);
        Measure(" searchable", i => messages[i].SearchableText.Length);
        Measure("classify", i => (int)classifier.Classify(messages[i], enriched[i]).Intent);
        Measure(" features", i => FeatureExtractor.Extract(MessageClassifier.TextOf(messages[i])).Count);
        Measure("route", i => (int)router.Evaluate(new RoutingInput(messages[i], enriched[i], classified[i])).Department);
        }
        output.WriteLine(sink);
        return Task.CompletedTask;
    }

    /// <summary>What MessageProcessor and IntakeMessageMapper read from a parsed mail, as often as they read it.</summary>
    private static int ProcessorReads(MimeMessage message)
    {
        var read = message.Attachments.Count + message.Warnings.Count + (message.LimitExceeded ? 1 : 0);
        var body = message.BodyText;
        read += body.Full.Length + body.NewContent.Length + body.NewContent.Length + body.NewContent.Length;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var header in message.Headers.Take(500)) read += header.DecodedText(null).Length;
            read += (message.From?.Address.Length ?? 0) + (message.Subject?.Length ?? 0) + message.To.Sum(a => a.ToString().Length) + message.ReplyTo.Count;
        }
        read += message.Cc.Sum(a => a.ToString().Length) + (message.From?.DisplayName?.Length ?? 0) + (message.MessageId?.Length ?? 0);
        read += (int)(message.Date?.ToUnixTimeMilliseconds() ?? 0) + (message.InReplyTo?.Length ?? 0) + (message.HtmlBodyPart is null ? 0 : 1);
        return read;
    }
}
