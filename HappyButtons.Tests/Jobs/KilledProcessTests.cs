using System.Diagnostics;
using HappyButtons.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

/// <summary>
/// A real OS process (the bench app's hidden <c>jobhost</c> mode, which references the Engine) claims a job whose
/// handler never returns and is killed; a node in the test reclaims the job once the lease expires.
/// </summary>
public sealed class KilledProcessTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Lease_IsReclaimed_AndTheJobSucceeds_WhenTheProcessHoldingItIsKilled()
    {
        var benchDll = BuildBench();
        long jobId;
        using (var setup = JobTestHost.Services(_database.Path))
        {
            await JobTestHost.MigrateAsync(setup);
            jobId = await setup.GetRequiredService<JobQueue>().EnqueueAsync("test.block", new CountPayload(1));
        }

        using var child = Process.Start(new ProcessStartInfo("dotnet", [benchDll, "jobhost", _database.Path, "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        try
        {
            await WaitForLineAsync(child, $"running {jobId}", TimeSpan.FromSeconds(30));
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var recorder = new RunRecorder();
        using var host = JobTestHost.Build(_database.Path, services =>
        {
            services.AddSingleton(recorder);
            services.AddJobHandler<CountPayload, RecordingHandler>("test.block");
        });
        var monitor = host.Services.GetRequiredService<JobMonitor>();
        var held = await monitor.GetAsync(jobId, CancellationToken.None);
        Assert.Equal(JobState.Processing, held!.Job.State);
        Assert.Contains($":{child.Id}:", held.Job.Worker);

        await host.StartAsync();
        var done = await JobTestHost.WaitForStateAsync(host.Services, jobId, JobState.Succeeded, timeoutSeconds: 15);
        await host.StopAsync();

        Assert.Equal(1, recorder.Runs[jobId]);
        Assert.Equal(["abandoned", "succeeded"], done.Attempts.Select(a => a.Outcome));
        Assert.Equal([1, 2], done.Attempts.Select(a => a.Number));
    }

    private static async Task WaitForLineAsync(Process process, string expected, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cts.Token);
            if (line is null)
            {
                var error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
                Assert.Fail($"The job host process ended before printing '{expected}'. stderr: {error}");
            }

            if (line == expected)
            {
                return;
            }
        }
    }

    private static string BuildBench()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "HappyButtons.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("HappyButtons.sln not found above the test output.");
        }

        var project = Path.Combine(root, "bench", "HappyButtons.Bench", "HappyButtons.Bench.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Debug", "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        Assert.True(build.ExitCode == 0, $"Building the bench app (job host) failed:\n{output}");
        return Path.Combine(root, "bench", "HappyButtons.Bench", "bin", "Debug", "net10.0", "HappyButtons.Bench.dll");
    }
}
