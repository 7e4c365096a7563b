namespace HappyButtons.Engine.Jobs;

/// <summary>
/// Runs jobs of one kind. A job can run more than once (a retry, or a worker that died after the work
/// but before recording success), so a handler must be idempotent: doing it twice has the effect of once.
/// </summary>
public interface IJobHandler<in TPayload>
{
    /// <param name="cancellationToken">Fires when the node shuts down; a job that stops on it is released and runs again later.</param>
    Task HandleAsync(TPayload payload, JobContext context, CancellationToken cancellationToken);
}

/// <param name="Attempt">1 for the first run.</param>
public sealed record JobContext(long JobId, string Kind, int Attempt, int MaxAttempts, string Worker);

/// <summary>Throw (or wrap) to fail a job without retries: retrying cannot help, e.g. the input is invalid.</summary>
public class PermanentJobFailureException : Exception
{
    public PermanentJobFailureException(string message) : base(message)
    {
    }

    public PermanentJobFailureException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
