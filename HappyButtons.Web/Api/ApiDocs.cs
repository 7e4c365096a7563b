using System.Net;
using HappyButtons.Web.Hosting;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace HappyButtons.Web.Api;

/// <summary>
/// The API description: the OpenAPI document at <c>/openapi/v1.json</c> and its browsable UI (Scalar) at <c>/api/docs</c>,
/// both for signed-in administrators and administrative API keys only. The document declares the API key scheme, so the
/// UI shows an Authorize box where a key is entered for "try it" requests. Scalar's bundle comes from its package: no
/// CDN, no fonts, telemetry, AI agent or proxy from outside; no request leaves this server.
/// </summary>
public static class ApiDocs
{
    public const string Path = "/api/docs";
    public const string DocumentPattern = "/openapi/{documentName}.json";

    /// <summary>The name of the API key scheme in the document (the UI's Authorize box refers to it).</summary>
    public const string SecurityScheme = "ApiKey";

    public const string KeyHeader = "X-Api-Key";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer<ApiKeySchemeTransformer>();
        options.AddOperationTransformer<ApiKeyRequirementTransformer>();
    });

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPattern).RequireAuthorization(Policies.AdminOrApi);
        app.MapScalarApiReference(Path, (options, context) =>
        {
            var ui = context.RequestServices.GetRequiredService<UiText>();
            options.WithTitle("Happy Buttons API")
                .WithOpenApiRoutePattern(DocumentPattern)
                .AddDocument("v1", "Happy Buttons API v1")
                .AddPreferredSecuritySchemes(SecurityScheme)
                .AddApiKeyAuthentication(SecurityScheme, key => key.Value = "")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .WithNonce()
                .WithLocalization(new ScalarLocalizationOptions { Locale = ui.Language })
                .AddHeaderContent($"""<nav class="hb-back"><a href="/" id="back-to-app">&larr; {WebUtility.HtmlEncode(ui["Back to Happy Buttons"])}</a></nav>""")
                .WithCustomCss(".hb-back{padding:8px 16px;font:14px/1.4 Roboto,system-ui,sans-serif;background:#455a64}.hb-back a{color:#fff;text-decoration:none}" +
                               ".hb-back a:hover{text-decoration:underline}");
        }).RequireAuthorization(Policies.AdminOrApi);
        return app;
    }

    /// <summary>
    /// The policy of the UI's responses: the app's own, except that Scalar writes its configuration as an inline script.
    /// That one script is allowed by the nonce Scalar generates for this response, not by 'unsafe-inline'.
    /// </summary>
    public static string ContentSecurityPolicy(HttpContext context) =>
        context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? HostingSetup.ContentSecurityPolicy.Replace("script-src 'self';", $"script-src 'self' 'nonce-{nonce}';", StringComparison.Ordinal)
            : HostingSetup.ContentSecurityPolicy;

    private sealed class ApiKeySchemeTransformer : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info.Title = "Happy Buttons API";
            document.Info.Description = "Mail intake, messages, jobs and operations of Happy Buttons. Every call but /health needs an API key (X-Api-Key or Authorization: Bearer).";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = KeyHeader,
                Description = "An API key of Happy Buttons (Administration). The same key is also accepted as \"Authorization: Bearer <key>\".",
            };
            return Task.CompletedTask;
        }
    }

    /// <summary>Operations that need authorisation say so (the health check, for one, does not).</summary>
    private sealed class ApiKeyRequirementTransformer : IOpenApiOperationTransformer
    {
        public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] });
            }

            return Task.CompletedTask;
        }
    }
}
