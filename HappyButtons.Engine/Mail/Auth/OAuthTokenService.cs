using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Mail.Auth;

/// <summary>
/// Fetches OAuth2 access tokens for mail sign-ins (refresh-token or client-credentials grant) and refreshes them before
/// they expire. Tokens — and a refresh token the endpoint rotates — are kept in memory and in <c>oauth_tokens</c> as Data
/// Protection ciphertext, so a restart does not fetch anew. No token or secret is ever logged; errors carry only the
/// endpoint's error code and description.
/// </summary>
public sealed class OAuthTokenService(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    ISqlDialect dialect,
    DatabaseWriteGate writeGate,
    IDataProtectionProvider protection,
    IHttpClientFactory http,
    TimeProvider clock,
    ILogger<OAuthTokenService> logger)
{
    public const string HttpClientName = "HappyButtons.OAuth";

    /// <summary>A token is refreshed once less than this (or half its lifetime) is left.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.CreateProtector("HappyButtons.Mail.OAuth.v1");
    private readonly ConcurrentDictionary<string, Token> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>
    /// A valid access token for the sign-in <paramref name="key"/> ("mailbox:sales", "smtp"); <c>Fetched</c> says it
    /// came from the endpoint just now rather than from the cache.
    /// </summary>
    /// <exception cref="OAuthException">The endpoint refused the credentials, or could not be reached.</exception>
    public async Task<(string Token, bool Fetched)> GetAccessTokenAsync(string key, OAuthSettings settings, CancellationToken cancellationToken)
    {
        var fingerprint = settings.Fingerprint();
        if (Fresh(_cache.GetValueOrDefault(key), fingerprint) is { } cached)
        {
            return (cached.AccessToken, false);
        }

        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cache.GetValueOrDefault(key), fingerprint) is { } again)
            {
                return (again.AccessToken, false);
            }

            var stored = await LoadAsync(key, fingerprint, cancellationToken);
            if (Fresh(stored, fingerprint) is { } kept)
            {
                _cache[key] = kept;
                return (kept.AccessToken, false);
            }

            var fetched = await FetchAsync(settings, stored?.RefreshToken ?? settings.RefreshToken, fingerprint, cancellationToken);
            await SaveAsync(key, fetched, cancellationToken);
            _cache[key] = fetched;
            logger.LogInformation("Fetched an OAuth2 access token for {Key} (valid until {ExpiresAt:u})", key, fetched.ExpiresAt);
            return (fetched.AccessToken, true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the token of <paramref name="key"/> (the mail server refused it), so the next sign-in fetches a new one.</summary>
    public async Task InvalidateAsync(string key, CancellationToken cancellationToken)
    {
        _cache.TryRemove(key, out _);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await context.OAuthTokens.Where(t => t.TokenKey == key)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ExpiresAt, DateTimeOffset.UnixEpoch), cancellationToken);
    }

    private Token? Fresh(Token? token, string fingerprint)
    {
        if (token is null || token.Fingerprint != fingerprint)
        {
            return null;
        }

        var margin = TimeSpan.FromTicks(Math.Min(RefreshMargin.Ticks, (token.ExpiresAt - token.FetchedAt).Ticks / 2));
        return clock.GetUtcNow() < token.ExpiresAt - margin ? token : null;
    }

    private async Task<Token> FetchAsync(OAuthSettings settings, string? refreshToken, string fingerprint, CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>> { new("client_id", settings.ClientId) };
        if (!string.IsNullOrEmpty(refreshToken))
        {
            form.Add(new("grant_type", "refresh_token"));
            form.Add(new("refresh_token", refreshToken));
        }
        else
        {
            form.Add(new("grant_type", "client_credentials"));
        }

        if (settings.ClientSecret is { } secret) form.Add(new("client_secret", secret));
        if (settings.Scope is { } scope) form.Add(new("scope", scope));

        var now = clock.GetUtcNow();
        HttpResponseMessage response;
        string body;
        try
        {
            using var client = http.CreateClient(HttpClientName);
            response = await client.PostAsync(settings.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new OAuthException($"The OAuth2 token endpoint {EndpointName(settings)} cannot be reached: {ex.Message}", rejected: false, ex);
        }

        using (response)
        {
            var json = TryParse(body);
            if (!response.IsSuccessStatusCode)
            {
                var error = Text(json, "error");
                var description = Text(json, "error_description");
                // invalid_grant: the refresh token was revoked or expired; invalid_client: wrong id or secret. Both need a person.
                var rejected = error is "invalid_grant" or "invalid_client" or "unauthorized_client" or "invalid_scope"
                               || response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                throw new OAuthException(
                    $"The OAuth2 token endpoint {EndpointName(settings)} refused: {(int)response.StatusCode} {error ?? response.ReasonPhrase}{(description is null ? "" : $" ({description})")}",
                    rejected);
            }

            if (Text(json, "access_token") is not { Length: > 0 } accessToken)
            {
                throw new OAuthException($"The OAuth2 token endpoint {EndpointName(settings)} answered without an access token.", rejected: false);
            }

            var lifetime = json is { } j && j.TryGetProperty("expires_in", out var expires) && expires.ValueKind == JsonValueKind.Number
                ? TimeSpan.FromSeconds(Math.Clamp(expires.GetDouble(), 30, 86_400))
                : TimeSpan.FromHours(1);
            return new Token(accessToken, Text(json, "refresh_token") ?? refreshToken, now, now + lifetime, fingerprint);
        }
    }

    private async Task<Token?> LoadAsync(string key, string fingerprint, CancellationToken cancellationToken)
    {
        OAuthToken? row;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            row = await context.OAuthTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenKey == key, cancellationToken);
        }

        if (row is null || row.SettingsHash != fingerprint)
        {
            return null;
        }

        try
        {
            return new Token(_protector.Unprotect(row.AccessTokenProtected),
                row.RefreshTokenProtected is null ? null : _protector.Unprotect(row.RefreshTokenProtected),
                row.UpdatedAt, row.ExpiresAt, fingerprint);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Keys rotated away or data from another installation: fetch anew.
            return null;
        }
    }

    /// <summary>Stores the token as ciphertext, replacing the key's previous one.</summary>
    private async Task SaveAsync(string key, Token token, CancellationToken cancellationToken)
    {
        var (access, refresh) = (_protector.Protect(token.AccessToken), token.RefreshToken is null ? null : _protector.Protect(token.RefreshToken));
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var updated = await context.OAuthTokens.Where(t => t.TokenKey == key).ExecuteUpdateAsync(set => set
                .SetProperty(t => t.AccessTokenProtected, access)
                .SetProperty(t => t.RefreshTokenProtected, refresh)
                .SetProperty(t => t.ExpiresAt, token.ExpiresAt)
                .SetProperty(t => t.SettingsHash, token.Fingerprint)
                .SetProperty(t => t.UpdatedAt, token.FetchedAt), cancellationToken);
            if (updated > 0)
            {
                return;
            }

            var row = new OAuthToken
            {
                TokenKey = key, AccessTokenProtected = access, RefreshTokenProtected = refresh, ExpiresAt = token.ExpiresAt,
                SettingsHash = token.Fingerprint, UpdatedAt = token.FetchedAt,
            };
            context.OAuthTokens.Add(row);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt == 1 && dialect.IsUniqueViolation(e))
            {
                // Another node stored a token for this key in between: replace it.
                context.Entry(row).State = EntityState.Detached;
            }
        }
    }

    private static string EndpointName(OAuthSettings settings) =>
        Uri.TryCreate(settings.TokenEndpoint, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path) : "(invalid URL)";

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? json, string name) =>
        json is { } j && j.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Token(string AccessToken, string? RefreshToken, DateTimeOffset FetchedAt, DateTimeOffset ExpiresAt, string Fingerprint);
}
