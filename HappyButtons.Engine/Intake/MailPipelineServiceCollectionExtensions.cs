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
    /// <summary>
    /// Mailboxes and their watchers, durable ingest, the processing workers, the outbox and the recurring sweeps. Needs
    /// storage and <c>AddBackgroundJobs</c>.
    /// </summary>
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
        services.AddProcessingWorkers(configuration);
        services.AddMailboxSources(configuration);
        services.AddMailSending(configuration);
        return services;
    }

    /// <summary>The message table as the processing queue and the workers that claim from it.</summary>
    private static void AddProcessingWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProcessingOptions>().Bind(configuration.GetSection(ProcessingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProcessingOptions>, ProcessingOptionsValidator>();
        services.AddSingleton<ProcessingSignal>();
        services.AddSingleton<ProcessingQueue>();
        services.AddSingleton<MessageProcessor>();
        services.AddHostedService<MessageProcessingWorker>();
    }

    /// <summary>IMAP sources: connector, backoff, the in-process poll and the <c>mailbox-sweep</c> job, the IDLE service, connection test and administration.</summary>
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
        services.AddSingleton<MailboxPoller>();
        services.AddSingleton<MailboxPolling>();
        services.AddSingleton<MailboxSweep>();
        services.AddHostedService<MailboxWatcher>();
        services.AddHostedService<ImapIdleService>();
        services.AddRecurringJob<MailboxSweep>(MailboxSweep.RecurringId, s => s.RunAsync(CancellationToken.None), "*/5 * * * *");
        services.AddOptions<BackgroundJobsOptions>().PostConfigure<IOptions<MailOptions>>((jobs, mail) =>
        {
            if (mail.Value.ReadMailboxes)
            {
                jobs.Queues.Insert(0, MailboxSweep.Queue);
            }
        });
    }

    /// <summary>The mail sender (SMTP when <c>HappyButtons:Smtp:Host</c> is set, else the pickup folder), the outbox and its delivery job (<see cref="OutgoingMailDelivery"/>).</summary>
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
        services.AddScoped<OutgoingMailDelivery>();
        services.AddSingleton<OutboxSweep>();
        services.AddHostedService<OutboxSweep.AtStart>();
        services.AddRecurringJob<OutboxSweep>(OutboxSweep.RecurringId, s => s.RunAsync(CancellationToken.None), "*/5 * * * *");
    }

    private sealed class MailboxSeeding(MailboxRegistry registry) : IInstallationStep
    {
        public Task RunAsync(CancellationToken cancellationToken) => registry.SeedAsync(cancellationToken);
    }
}
