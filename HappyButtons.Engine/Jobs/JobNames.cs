using System.Globalization;
using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// A job's name in German and English; Hangfire's dashboard shows the one of the administrator's language (the culture
/// its page runs in), the API and the logs the pair.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JobNameAttribute(string german, string english) : JobDisplayNameAttribute(german + " · " + english)
{
    public string In(string language) => language == "en" ? english : german;

    public override string Format(DashboardContext context, Job job) =>
        JobNames.Fill(In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), job);
}

/// <summary>A job's readable name: its <see cref="JobNameAttribute"/> with the arguments filled in, else Class.Method.</summary>
public static class JobNames
{
    /// <summary>The name in one language ("de" or "en").</summary>
    public static string Describe(Job? job, string language) =>
        job?.Method.GetCustomAttribute<JobNameAttribute>() is { } name ? Fill(name.In(language), job) : Describe(job);

    /// <summary>The name in both languages.</summary>
    public static string Describe(Job? job)
    {
        if (job is null)
        {
            return "(unknown job)";
        }

        return job.Method.GetCustomAttribute<JobDisplayNameAttribute>() is { DisplayName: { } format } ? Fill(format, job) : JobMetrics.KindOf(job);
    }

    internal static string Fill(string format, Job job)
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
}
