namespace HappyButtons.Web;

/// <summary><c>HappyButtons:Web</c>: how the interactive UI behaves.</summary>
public sealed class WebOptions
{
    public const string Section = "HappyButtons:Web";

    /// <summary>How often time-dependent views (SLA time left) re-render without an event. Default 60 s.</summary>
    public double ClockTickSeconds { get; set; } = 60;

    /// <summary>How often an open circuit re-checks its user (disabled, password reset, signed out). Default 5 s.</summary>
    public double RevalidateSeconds { get; set; } = 5;

    public TimeSpan ClockTick => TimeSpan.FromSeconds(ClockTickSeconds);

    public TimeSpan Revalidate => TimeSpan.FromSeconds(RevalidateSeconds);
}
