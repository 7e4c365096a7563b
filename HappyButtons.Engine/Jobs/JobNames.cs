using System.Globalization;
using System.Reflection;
using Hangfire;
using Hangfire.Common;

namespace HappyButtons.Engine.Jobs;

/// <summary>A job's readable name: its <see cref="JobDisplayNameAttribute"/> with the arguments filled in, else Class.Method.</summary>
public static class JobNames
{
    public static string Describe(Job? job)
    {
        if (job is null)
        {
            return "(unknown job)";
        }

        if (job.Method.GetCustomAttribute<JobDisplayNameAttribute>() is { DisplayName: { } format })
        {
            try
            {
                return string.Format(CultureInfo.InvariantCulture, format, job.Args.ToArray());
            }
            catch (FormatException)
            {
                return format;
            }
        }

        return JobMetrics.KindOf(job);
    }
}
