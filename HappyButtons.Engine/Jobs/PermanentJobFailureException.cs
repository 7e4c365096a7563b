namespace HappyButtons.Engine.Jobs;

/// <summary>
/// A job failed for a reason that another attempt cannot fix (the mail server refused the message, the record is gone).
/// Hangfire does not retry it (<see cref="BackgroundJobsServiceCollectionExtensions"/> excludes it from automatic retries);
/// the job ends Failed with this message in the dashboard.
/// </summary>
public sealed class PermanentJobFailureException(string message, Exception? inner = null) : Exception(message, inner);
