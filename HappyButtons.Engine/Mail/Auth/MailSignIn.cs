using MailKit;
using MailKit.Security;

namespace HappyButtons.Engine.Mail.Auth;

/// <summary>Who signs in and how: a password, or an OAuth2 token fetched with <see cref="OAuth"/> under <see cref="TokenKey"/>. Holds secrets.</summary>
public sealed record MailCredentials(string User, MailAuthKind Kind, string? Password, OAuthSettings? OAuth, string TokenKey)
{
    public override string ToString() => $"{User} ({Kind})";
}

/// <summary>
/// Signs a connected MailKit client (IMAP or SMTP) in: with the password, or with SASL XOAUTH2 and an access token from
/// <see cref="OAuthTokenService"/>. A cached token the server refuses (revoked early) is replaced by a freshly fetched one once.
/// </summary>
public sealed class MailSignIn(OAuthTokenService tokens)
{
    public async Task AuthenticateAsync(IMailService client, MailCredentials credentials, CancellationToken cancellationToken)
    {
        if (credentials.Kind == MailAuthKind.Password || credentials.OAuth is null)
        {
            await client.AuthenticateAsync(credentials.User, credentials.Password ?? string.Empty, cancellationToken);
            return;
        }

        var (token, fetched) = await tokens.GetAccessTokenAsync(credentials.TokenKey, credentials.OAuth, cancellationToken);
        try
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(credentials.User, token), cancellationToken);
        }
        catch (AuthenticationException ex) when (!fetched && client.IsConnected && !MailFailures.IsTemporary(ex))
        {
            await tokens.InvalidateAsync(credentials.TokenKey, cancellationToken);
            (token, _) = await tokens.GetAccessTokenAsync(credentials.TokenKey, credentials.OAuth, cancellationToken);
            await client.AuthenticateAsync(new SaslMechanismOAuth2(credentials.User, token), cancellationToken);
        }
    }
}

/// <summary>Sorts sign-in failures: credentials a person must fix (one attempt per AuthRetryMinutes), or trouble worth retrying soon.</summary>
public static class MailFailures
{
    public static bool IsCredentialRejection(Exception exception) => exception switch
    {
        AuthenticationException authentication => !IsTemporary(authentication),
        OAuthException oauth => oauth.Rejected,
        _ => false,
    };

    /// <summary>Dovecot answers NO [UNAVAILABLE] (SMTP: 454 4.7.0) when its token check or user database is down: not a wrong credential.</summary>
    public static bool IsTemporary(AuthenticationException exception) =>
        exception.Message.Contains("UNAVAILABLE", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("temporar", StringComparison.OrdinalIgnoreCase)
        || exception.Message.StartsWith("454", StringComparison.Ordinal);
}
