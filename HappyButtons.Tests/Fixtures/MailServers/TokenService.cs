using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>
/// A small OAuth2 authorization server on loopback, standing in for Microsoft's or Google's, which cannot be reached
/// here: <c>POST /token</c> issues access tokens for a registered refresh token or client id (client credentials), and
/// <c>POST /introspect</c> answers Dovecot's oauth2 passdb whether a token is active and for which user — so IMAP and
/// (through Dovecot SASL) Postfix accept exactly the tokens issued here.
/// </summary>
public sealed class TokenService : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Secret, string User)> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _active = new(StringComparer.Ordinal);
    private int _tokenRequests;
    private int _introspections;
    private Task _loop = Task.CompletedTask;

    private TokenService(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string TokenEndpoint => $"http://127.0.0.1:{Port}/token";

    public string IntrospectionUrl => $"http://127.0.0.1:{Port}/introspect";

    /// <summary>Access tokens handed out so far.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>How often Dovecot asked about a token.</summary>
    public int Introspections => Volatile.Read(ref _introspections);

    /// <summary>Lifetime of the access tokens issued from now on.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When set, every token issued comes with this new refresh token (rotation, as Microsoft does).</summary>
    public bool RotateRefreshTokens { get; set; }

    /// <summary>Every token request is answered with this HTTP status (e.g. 503) until set back to null.</summary>
    public HttpStatusCode? Failing { get; set; }

    public static TokenService Start(int port)
    {
        var service = new TokenService(port);
        service._listener.Start();
        service._loop = service.ServeAsync();
        return service;
    }

    /// <summary>A refresh token that yields access tokens for <paramref name="user"/>.</summary>
    public string IssueRefreshToken(string user)
    {
        var token = "rt-" + Guid.NewGuid().ToString("N");
        _refreshTokens[token] = user;
        return token;
    }

    /// <summary>A client (id, secret) whose client-credentials tokens act for <paramref name="user"/>.</summary>
    public (string ClientId, string Secret) RegisterClient(string user)
    {
        var id = "client-" + Guid.NewGuid().ToString("N")[..8];
        var secret = "secret-" + Guid.NewGuid().ToString("N");
        _clients[id] = (secret, user);
        return (id, secret);
    }

    /// <summary>Access tokens issued for <paramref name="user"/> stop working (revoked at the provider).</summary>
    public void RevokeAccessTokens(string user)
    {
        foreach (var (token, owner) in _active)
        {
            if (owner == user) _active.TryRemove(token, out _);
        }
    }

    public bool IsActive(string token) => _active.ContainsKey(token);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var form = ParseForm(await reader.ReadToEndAsync());
            var (status, body) = context.Request.Url?.AbsolutePath switch
            {
                "/token" => Token(form),
                "/introspect" => Introspect(form),
                _ => (HttpStatusCode.NotFound, (object)new { error = "not_found" }),
            };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
    }

    private (HttpStatusCode, object) Token(Dictionary<string, string> form)
    {
        if (Failing is { } failing)
        {
            return (failing, new { error = "temporarily_unavailable" });
        }

        string? user = null;
        switch (form.GetValueOrDefault("grant_type"))
        {
            case "refresh_token" when _refreshTokens.TryGetValue(form.GetValueOrDefault("refresh_token") ?? "", out var owner):
                user = owner;
                break;
            case "client_credentials" when _clients.TryGetValue(form.GetValueOrDefault("client_id") ?? "", out var client)
                                           && client.Secret == form.GetValueOrDefault("client_secret"):
                user = client.User;
                break;
        }

        if (user is null)
        {
            return (HttpStatusCode.BadRequest, new { error = "invalid_grant", error_description = "The refresh token or client is not known." });
        }

        Interlocked.Increment(ref _tokenRequests);
        var access = "at-" + Guid.NewGuid().ToString("N");
        _active[access] = user;
        if (RotateRefreshTokens)
        {
            _refreshTokens.TryRemove(form.GetValueOrDefault("refresh_token") ?? "", out _);
            var next = IssueRefreshToken(user);
            return (HttpStatusCode.OK, new { access_token = access, token_type = "Bearer", expires_in = (int)Lifetime.TotalSeconds, refresh_token = next });
        }

        return (HttpStatusCode.OK, new { access_token = access, token_type = "Bearer", expires_in = (int)Lifetime.TotalSeconds });
    }

    private (HttpStatusCode, object) Introspect(Dictionary<string, string> form)
    {
        Interlocked.Increment(ref _introspections);
        return _active.TryGetValue(form.GetValueOrDefault("token") ?? "", out var user)
            ? (HttpStatusCode.OK, new { active = true, username = user })
            : (HttpStatusCode.OK, (object)new { active = false });
    }

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(kv => WebUtility.UrlDecode(kv[0]))
            .ToDictionary(g => g.Key, g => WebUtility.UrlDecode(g.First().ElementAtOrDefault(1) ?? ""));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
            // Stopping: the loop ends with the listener.
        }

        _stop.Dispose();
    }
}
