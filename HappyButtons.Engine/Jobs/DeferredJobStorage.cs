using Hangfire;
using Hangfire.Logging;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// The job storage, opened on first use rather than when the host builds its services: the data directory it lives in is
/// checked and prepared by the installation step, which must be the one to report a data directory that cannot be
/// written (with the path), not Hangfire's SQLite driver at construction time.
/// </summary>
internal sealed class DeferredJobStorage(Func<JobStorage> open) : JobStorage, IDisposable
{
    private readonly Lazy<JobStorage> _inner = new(open, LazyThreadSafetyMode.ExecutionAndPublication);

    private JobStorage Inner => _inner.Value;

    public override bool LinearizableReads => Inner.LinearizableReads;

    public override IMonitoringApi GetMonitoringApi() => Inner.GetMonitoringApi();

    public override IStorageConnection GetConnection() => Inner.GetConnection();

    public override IStorageConnection GetReadOnlyConnection() => Inner.GetReadOnlyConnection();

    [Obsolete("Hangfire's server still asks storages that have no background processes for their components.")]
    public override IEnumerable<IServerComponent> GetComponents() => Inner.GetComponents();

    public override IEnumerable<IBackgroundProcess> GetServerRequiredProcesses() => Inner.GetServerRequiredProcesses();

    public override IEnumerable<IBackgroundProcess> GetStorageWideProcesses() => Inner.GetStorageWideProcesses();

    public override IEnumerable<IStateHandler> GetStateHandlers() => Inner.GetStateHandlers();

    public override void WriteOptionsToLog(ILog logger) => Inner.WriteOptionsToLog(logger);

    public override bool HasFeature(string featureId) => Inner.HasFeature(featureId);

    public override string ToString() => _inner.IsValueCreated ? Inner.ToString() ?? "" : "job storage (not opened yet)";

    public void Dispose()
    {
        if (_inner.IsValueCreated && _inner.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
