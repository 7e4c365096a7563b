using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Mail.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

public static class MailPipelineServiceCollectionExtensions
{
    /// <summary>Mailboxes, durable ingest, message processing and the per-mailbox poll jobs. Needs storage and the job engine.</summary>
    public static IServiceCollection AddMailPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => o.MaxMessageBytes is > 0 and <= int.MaxValue, "HappyButtons:Mail:MaxMessageBytes must be between 1 and 2147483647.")
            .ValidateOnStart();
        services.AddSingleton<RawMailStore>();
        services.AddSingleton(new PdfTextExtractor(new PdfTextOptions()));
        services.AddSingleton(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return new SmimeVerifier((mail.SmimeTrustSystemRoots ? [SmimeVerifier.SystemBundle] : Array.Empty<string>()).Concat(mail.SmimeTrustedCertificates));
        });
        services.AddSingleton(sp => new MailParser(sp.GetRequiredService<SmimeVerifier>(),
            MailParseLimits.Default with { MaxMessageBytes = (int)Math.Min(sp.GetRequiredService<IOptions<MailOptions>>().Value.MaxMessageBytes, int.MaxValue) }));
        services.AddSingleton<MailboxRegistry>();
        services.AddSingleton<IInstallationStep, MailboxSeeding>();
        services.AddDemoMailDrop(configuration);
        services.AddSingleton<MessageIngest>();
        services.AddSingleton<MessageQueries>();
        services.AddJobHandler<ProcessMessagePayload, MessageProcessor>(MessageIngest.ProcessKind, new JobKindOptions { MaxAttempts = 5 });
        services.AddJobHandler<PollMailboxPayload, MaildirPoller>(MaildirPoller.Kind, new JobKindOptions { MaxAttempts = 3 });
        services.AddMailboxSources(configuration);
        services.AddMailSending(configuration);

        var configured = configuration.GetSection("HappyButtons:Mailboxes").Get<List<MailboxOptions>>() ?? [];
        foreach (var department in Departments.All)
        {
            var seconds = configured.FirstOrDefault(m => string.Equals(m.Department, department, StringComparison.OrdinalIgnoreCase))?.PollSeconds ?? 10;
            services.AddRecurringJob(MaildirPoller.RecurringName(department), MaildirPoller.Kind, PollCron(seconds), new PollMailboxPayload(department));
        }

        return services;
    }

    /// <summary>IMAP sources: connector, backoff, the poll used by <c>mail.poll</c>, the IDLE service, connection test and administration.</summary>
    private static void AddMailboxSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImapSourceOptions>().Bind(configuration.GetSection(ImapSourceOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ImapSourceOptions>, ImapSourceOptionsValidator>();
        services.AddSingleton<MailboxBackoff>();
        services.AddHttpClient(OAuthTokenService.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<OAuthTokenService>();
        services.AddSingleton<MailSignIn>();
        services.AddSingleton<ImapMailboxConnector>();
        services.AddSingleton<ImapMailboxSource>();
        services.AddSingleton<MailboxConnectionTest>();
        services.AddSingleton<MailboxAdministration>();
        services.AddHostedService<ImapIdleService>();
    }

    /// <summary>The mail sender (SMTP when <c>HappyButtons:Smtp:Host</c> is set, else the pickup folder), the outbox and the <c>mail.send</c> job.</summary>
    private static void AddMailSending(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<PickupMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? sp.GetRequiredService<SmtpMailSender>()
            : sp.GetRequiredService<PickupMailSender>());
        services.AddSingleton<MailOutbox>();
        services.AddJobHandler<SendMailPayload, SendMailHandler>(MailOutbox.SendKind, new JobKindOptions { MaxAttempts = 8 });
    }

    /// <summary>A cron for "every N seconds" (N divides a minute) or "every N minutes" for longer intervals.</summary>
    public static string PollCron(int seconds) => seconds switch
    {
        <= 0 => "0/10 * * * * ?",
        < 60 => $"0/{seconds} * * * * ?",
        _ => $"0 0/{Math.Clamp(seconds / 60, 1, 59)} * * * ?",
    };

    private sealed class MailboxSeeding(MailboxRegistry registry) : IInstallationStep
    {
        public Task RunAsync(CancellationToken cancellationToken) => registry.SeedAsync(cancellationToken);
    }
}
