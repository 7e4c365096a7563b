namespace HappyButtons.Engine.Mail.Auth;

/// <summary>An access token could not be had. <see cref="Rejected"/>: the endpoint refused the credentials (fix them); otherwise it is worth retrying later.</summary>
public sealed class OAuthException(string message, bool rejected, Exception? innerException = null) : Exception(message, innerException)
{
    public bool Rejected { get; } = rejected;
}
