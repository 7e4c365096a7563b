using System.Globalization;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Kpis;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

/// <summary>A KPI's definition in German and English.</summary>
public sealed record KpiDefinitionDto(string De, string En);

/// <summary>The KPIs of the contract: percentages 0–100, null when there was nothing to count.</summary>
public sealed record KpisDto(
    double? EmailProcessingEfficiency,
    double? OrderFulfillmentRate,
    double? CustomerSatisfaction,
    double? AgentUtilization,
    double? SlaCompliance,
    double? AutomationRate,
    double? PerformanceScore,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<string, KpiDefinitionDto> Definitions);

/// <summary><c>GET /api/kpis?department=&amp;from=&amp;to=</c> (API key): the KPIs of a period, for the company or one department.</summary>
public static class KpisApi
{
    public const int DefaultDays = 30;
    public const int MaximumDays = 3660;

    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/kpis", GetAsync).RequireAuthorization(Policies.Api).WithTags("KPIs");
        return app;
    }

    private static async Task<Results<Ok<KpisDto>, ProblemHttpResult>> GetAsync(
        string? department, string? from, string? to, KpiCalculator calculator, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (department is not null && !Departments.IsValid(department))
        {
            return Problem("Unknown department", $"'department' must be one of {string.Join(", ", Departments.All)}, or left out for the whole company.");
        }

        if (!TryPeriod(from, to, clock.GetUtcNow(), out var period, out var error))
        {
            return Problem("Invalid period", error);
        }

        var report = await calculator.ComputeAsync(period, department is null ? KpiScope.Company : KpiScope.Department(department), cancellationToken);
        return TypedResults.Ok(new KpisDto(report.EmailProcessingEfficiency.Percent, report.OrderFulfillmentRate.Percent, report.CustomerSatisfaction.Percent,
            report.AgentUtilization.Percent, report.SlaCompliance.Percent, report.AutomationRate.Percent, report.PerformanceScore, report.AsOf,
            KpiDefinitions.All.ToDictionary(k => k.Key, k => new KpiDefinitionDto(k.DefinitionDe, k.DefinitionEn))));
    }

    /// <summary>
    /// <c>from</c>/<c>to</c> as Berlin days (<c>2026-12-01</c>, <c>to</c> included) or instants (ISO 8601 with offset, <c>to</c>
    /// excluded); without <c>from</c> the last <see cref="DefaultDays"/> days, without <c>to</c> until now.
    /// </summary>
    public static bool TryPeriod(string? from, string? to, DateTimeOffset now, out KpiPeriod period, out string error)
    {
        period = KpiPeriod.LastDays(DefaultDays, now);
        error = "";
        DateTimeOffset start, end = now;
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
            {
                end = BerlinDays.Start(lastDay.AddDays(1));
            }
            else if (!DateTimeOffset.TryParse(to.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out end))
            {
                error = "'to' must be a day (2026-12-31, included) or an instant (2026-12-31T18:00:00+01:00, excluded).";
                return false;
            }
        }

        if (string.IsNullOrWhiteSpace(from))
        {
            start = BerlinDays.Start(BerlinDays.Of(end.AddMilliseconds(-1)).AddDays(1 - DefaultDays));
        }
        else if (DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var firstDay))
        {
            start = BerlinDays.Start(firstDay);
        }
        else if (!DateTimeOffset.TryParse(from.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start))
        {
            error = "'from' must be a day (2026-12-01) or an instant (2026-12-01T00:00:00+01:00).";
            return false;
        }

        if (start >= end)
        {
            error = "'from' must be before 'to'.";
            return false;
        }

        if (end - start > TimeSpan.FromDays(MaximumDays))
        {
            error = $"The period may span at most {MaximumDays} days.";
            return false;
        }

        period = new KpiPeriod(start, end);
        return true;
    }

    private static ProblemHttpResult Problem(string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
