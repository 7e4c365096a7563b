using HappyButtons.Engine.Documents;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HappyButtons.Web.Hosting;

/// <summary>Degraded when <c>pdftotext</c> is missing: mail still flows, but PDF purchase orders have no text.</summary>
public sealed class PdfToolHealthCheck(PdfTextExtractor extractor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(extractor.IsAvailable()
            ? HealthCheckResult.Healthy("pdftotext is available")
            : HealthCheckResult.Degraded(PdfTextResult.NotInstalledReason + "; PDF attachments are stored without their text."));
}
