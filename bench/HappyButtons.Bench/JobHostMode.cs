using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// Hidden mode <c>jobhost &lt;database&gt; &lt;leaseSeconds&gt;</c>: a job node in its own OS process whose
/// <c>test.block</c> handler never returns. Tests kill it while it holds a job to prove lease reclaiming.
/// Prints "running {id}" when a job starts.
/// </summary>
public static class JobHostMode
{
    public const string Kind = "test.block";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: jobhost <database path> <lease seconds>");
            return 2;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var lease = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HappyButtons:Jobs:Workers"] = "2",
            ["HappyButtons:Jobs:PollIntervalSeconds"] = "0.05",
            ["HappyButtons:Jobs:LeaseSeconds"] = args[1],
            ["HappyButtons:Jobs:HeartbeatSeconds"] = (lease / 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory(args[0]));
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddJobEngine(builder.Configuration);
        builder.Services.AddJobHandler<BlockPayload, BlockForeverHandler>(Kind);
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }

    public sealed record BlockPayload(int Number);

    private sealed class BlockForeverHandler : IJobHandler<BlockPayload>
    {
        public async Task HandleAsync(BlockPayload payload, JobContext context, CancellationToken cancellationToken)
        {
            Console.Out.WriteLine($"running {context.JobId}");
            Console.Out.Flush();
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
        }
    }
}
