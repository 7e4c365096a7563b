using HappyButtons.Engine.Jobs;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Jobs;

public sealed class JobEngineOptionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task InvalidSettings_StopTheStart_WithAMessageNamingTheSetting()
    {
        using var host = JobTestHost.Build(_database.Path, settings: new Dictionary<string, string?>
        {
            ["HappyButtons:Jobs:Workers"] = "-1",
            ["HappyButtons:Jobs:HeartbeatSeconds"] = "60",
            ["HappyButtons:Jobs:TimeZone"] = "Mars/Olympus",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("HappyButtons:Jobs:Workers"));
        Assert.Contains(error.Failures, f => f.Contains("HappyButtons:Jobs:HeartbeatSeconds"));
        Assert.Contains(error.Failures, f => f.Contains("Mars/Olympus"));
    }
}
