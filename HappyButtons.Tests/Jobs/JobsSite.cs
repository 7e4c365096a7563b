using HappyButtons.Engine.Jobs;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Admin.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

/// <summary>
/// The real app with the job engine, the jobs UI, a recording handler and one recurring job. AddJobEngine and
/// AddJobsUi are idempotent, so this works whether or not Program already wires them.
/// </summary>
public class JobsSite : HappyButtonsFactory
{
    public const string RecurringName = "test.nightly-report";

    public JobsSite() : base(new Dictionary<string, string?>
    {
        ["HappyButtons:Jobs:Workers"] = "2",
        ["HappyButtons:Jobs:PollIntervalSeconds"] = "0.1",
        ["HappyButtons:Jobs:ShutdownTimeoutSeconds"] = "1",
    })
    {
    }

    public RunRecorder Recorder { get; } = new();

    public FlakySwitch Flaky { get; } = new();

    public JobGate Gate { get; } = new();

    public const string GatedRecurringName = "test.gated-report";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices((context, services) =>
        {
            services.AddJobEngine(context.Configuration);
            services.AddJobsUi();
            services.AddSingleton(Recorder);
            services.AddSingleton(Flaky);
            services.AddJobHandler<CountPayload, RecordingHandler>("test.record");
            services.AddJobHandler<CountPayload, ThrowingHandler>("test.flaky", JobTestHost.QuickRetries);
            services.AddRecurringJob(RecurringName, "test.record", "0 0 3 * * ?", new CountPayload(5));
            services.AddSingleton(Gate);
            services.AddJobHandler<CountPayload, GatedHandler>("test.gated");
            services.AddRecurringJob(GatedRecurringName, "test.gated", "0 */10 * * * ?", new CountPayload(6));
        });
    }
}
