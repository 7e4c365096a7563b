using System.Security.Cryptography;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Kpis;

/// <summary>Recorded: the order's first rating; Updated: a later click replaced the order's rating (one row per order).</summary>
public enum SurveyOutcome { Recorded, Updated, InvalidToken, InvalidRating, UnknownOrder }

/// <summary>A customer rated a delivery: the KPI views recompute.</summary>
public sealed record SurveyAnswered(long OrderId) : DomainEvent(TopicName, null)
{
    public const string TopicName = "kpis.survey";
}

/// <summary>
/// The after-delivery survey: a one-click rating link per order and rating (<c>/survey/{token}?rating=1..5</c>), the token
/// signed with the application's Data Protection keys so it names one order and cannot be forged or altered, and one
/// anonymous rating per order: a later click replaces it (the customer changed their mind, or corrects what a link scanner
/// chose), always in the one row the unique index on <c>order_id</c> allows, dated by the latest answer.
/// </summary>
public sealed class CustomerSurvey(
    IDataProtectionProvider protection, IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, ISqlDialect dialect,
    IOptionsMonitor<KpiOptions> options, EventHub events, TimeProvider clock)
{
    private const string Purpose = "HappyButtons.Kpis.Survey.v1";
    private const string Prefix = "order:";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public string TokenFor(long orderId) => Protector.Protect(Prefix + orderId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The five links (rating 1 … 5) for the delivery mail of <paramref name="orderId"/>; absolute with <c>HappyButtons:Kpis:PublicBaseUrl</c>.</summary>
    public IReadOnlyList<string> LinksFor(long orderId)
    {
        var token = TokenFor(orderId);
        var baseUrl = options.CurrentValue.PublicBaseUrl?.TrimEnd('/') ?? "";
        return Enumerable.Range(1, 5).Select(r => $"{baseUrl}/survey/{Uri.EscapeDataString(token)}?rating={r}").ToList();
    }

    /// <summary>The order a token names, or null when it is not one of ours (forged, altered, truncated).</summary>
    public long? OrderOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var payload = Protector.Unprotect(token);
            return payload.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(payload.AsSpan(Prefix.Length), out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async Task<SurveyOutcome> RecordAsync(string? token, int? rating, CancellationToken cancellationToken)
    {
        if (OrderOf(token) is not { } orderId)
        {
            return SurveyOutcome.InvalidToken;
        }

        if (rating is not (>= 1 and <= 5))
        {
            return SurveyOutcome.InvalidRating;
        }

        var outcome = SurveyOutcome.Recorded;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await context.Orders.AnyAsync(o => o.Id == orderId, cancellationToken))
            {
                return SurveyOutcome.UnknownOrder;
            }

            var now = clock.GetUtcNow();
            if (await context.SurveyResponses.SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken) is { } existing)
            {
                existing.Rating = rating.Value;
                existing.At = now;
                await context.SaveChangesAsync(cancellationToken);
                outcome = SurveyOutcome.Updated;
            }
            else
            {
                context.SurveyResponses.Add(new SurveyResponse { OrderId = orderId, Rating = rating.Value, At = now });
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
                {
                    // Two clicks at once on two nodes: the unique index let the first one in; this one replaces its rating.
                    await using var again = await contexts.CreateDbContextAsync(cancellationToken);
                    await again.SurveyResponses.Where(r => r.OrderId == orderId)
                        .ExecuteUpdateAsync(set => set.SetProperty(r => r.Rating, rating.Value).SetProperty(r => r.At, now), cancellationToken);
                    outcome = SurveyOutcome.Updated;
                }
            }
        }

        events.Publish(new SurveyAnswered(orderId));
        return outcome;
    }
}
