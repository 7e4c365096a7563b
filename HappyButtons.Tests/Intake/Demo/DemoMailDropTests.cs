using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Support;
using HappyButtons.Tests.Web;

namespace HappyButtons.Tests.Intake.Demo;

public class DemoMailDropTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    private static IReadOnlyList<(DemoMail Mail, ParsedMail Parsed)> Catalog() =>
        new DemoMailCatalog(department => $"{department}@happybuttons.de", Now).All()
            .Select(m => (m, MailParser.Default.Parse(MailComposer.ToBytes(m.Message)))).ToList();

    [Fact]
    public async Task FirstStart_DropsTheSampleMailsIntoTheFourMaildirs_AndASecondStartDropsNothing()
    {
        using var data = new TempDirectory("hb-demo");
        var settings = new Dictionary<string, string?> { ["HappyButtons:Demo:Enabled"] = "true" };

        Dictionary<string, int> first;
        await using (var site = new HappyButtonsFactory(settings, data.Path))
        {
            _ = site.Services; // starts the host, which runs the installation steps
            first = CountMail(data.Path);
        }

        await using (var again = new HappyButtonsFactory(settings, data.Path))
        {
            _ = again.Services;
            Assert.Equal(first, CountMail(data.Path));
        }

        Assert.True(first.Values.Sum() >= 14, $"only {first.Values.Sum()} demo mails");
        Assert.All(Departments.All, department => Assert.True(first[department] >= 3, $"{department} has {first[department]} demo mails"));
        Assert.True(File.Exists(Path.Combine(data.Path, "demo", ".seeded")));
    }

    [Fact]
    public async Task AnInstallationThatAlreadyHoldsMail_NeverGetsDemoMail_EvenWithDemoDataEnabled()
    {
        using var data = new TempDirectory("hb-demo-real");
        await using (var production = new Intake.Pipeline.PipelineTestSite(dataDirectory: data.Path))
        {
            production.CreateClient();
            await production.UploadAsync(Departments.Sales, Intake.Pipeline.PipelineTestSite.SimpleMail("Echte Bestellung", "Bitte 500 Knöpfe."));
        }

        await using var demo = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Demo:Enabled"] = "true" }, data.Path);
        _ = demo.Services;

        Assert.Equal(0, CountMail(data.Path).Values.Sum());
        Assert.False(File.Exists(Path.Combine(data.Path, "demo", ".seeded")));
        Assert.Contains(demo.Logs.All.Split('\n'), l => l.Contains("already holds mail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutConfiguration_OutsideDevelopment_NoDemoMailIsDropped()
    {
        await using var site = new HappyButtonsFactory();

        _ = site.Services;

        Assert.Equal(0, CountMail(site.DataDirectory).Values.Sum());
        Assert.False(File.Exists(Path.Combine(site.DataDirectory, "demo", ".seeded")));
    }

    [Fact]
    public void ThePurchaseOrderPdfs_ContainExtractableGermanText()
    {
        var extractor = new PdfTextExtractor(new PdfTextOptions());
        var pdfs = Catalog().SelectMany(m => m.Parsed.Attachments).Where(a => a.ContentType == "application/pdf").ToList();

        Assert.True(pdfs.Count >= 2);
        foreach (var pdf in pdfs)
        {
            var result = extractor.Extract(pdf.Content);
            Assert.True(result.IsExtracted, result.Reason);
            Assert.Contains("BESTELLUNG", result.Text);
            Assert.Contains("Nürnberg", result.Text);
            Assert.Contains("Gesamtbetrag netto", result.Text);
        }
    }

    [Fact]
    public void TheCatalog_CoversTheCasesTheIntakeMustHandle()
    {
        var mails = Catalog();
        ParsedMail Find(string subjectPart) => mails.Single(m => m.Parsed.Subject!.Contains(subjectPart, StringComparison.Ordinal)).Parsed;

        Assert.True(mails.Count >= 14);
        Assert.Equal("auto-replied", Find("Automatische Antwort").Header("Auto-Submitted"));
        var newsletter = Find("Newsletter");
        Assert.Equal("bulk", newsletter.Header("Precedence"));
        Assert.NotNull(newsletter.Header("List-Unsubscribe"));
        var fraud = Find("Bankverbindung");
        Assert.Equal("rnodehaus-lindner.de", fraud.From!.Domain);
        Assert.NotEqual(fraud.From.Domain, fraud.ReplyTo.Single().Domain);
        Assert.Contains("dmarc=fail", fraud.Header("Authentication-Results"));
        var invitation = Find("Lieferantentag");
        Assert.Null(invitation.TextBody);
        Assert.NotNull(invitation.FindByContentId("cid:logo-lindner@modehaus-lindner.de"));
        Assert.Contains(Find("Reklamation").Attachments, a => a.ContentType == "image/png" && a.Content.Length > 100);
        Assert.Contains("Bandstillstand", Find("DRINGEND").Subject);
        Assert.Contains("Rahmenvertrag", Find("Lieferabruf").TextBody);
        Assert.Contains("Rücksendung", Find("Rücksendung").Subject);
        Assert.All(mails, m => Assert.True(m.Parsed.Date < Now));
    }

    /// <summary>Distinct messages per mailbox; new/ is read before cur/ so one moved by a poll meanwhile is seen, and counted once.</summary>
    private static Dictionary<string, int> CountMail(string dataDirectory) =>
        Departments.All.ToDictionary(d => d, d => new[] { "new", "cur" }
            .Select(folder => Path.Combine(dataDirectory, "mail", d, folder))
            .SelectMany(path => Directory.Exists(path) ? Directory.GetFiles(path) : [])
            .Select(file => MaildirMailbox.SourceIdOf(Path.GetFileName(file)))
            .Distinct()
            .Count());
}
