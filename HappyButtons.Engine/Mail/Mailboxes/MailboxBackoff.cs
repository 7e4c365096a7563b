using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// When a mailbox may next be connected to. Connection errors back off exponentially (5 s doubling up to
/// <see cref="ImapSourceOptions.MaxBackoffSeconds"/>); rejected credentials allow one login per
/// <see cref="ImapSourceOptions.AuthRetryMinutes"/>, also across restarts (read from the stored error). Saving
/// new settings lifts the wait. Shared by the poll job and the IDLE service of the node.
/// </summary>
public sealed class MailboxBackoff(IOptions<ImapSourceOptions> options, TimeProvider clock)
{
    public const string AuthenticationFailed = "authentication failed";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>Null when a connection may be attempted now, else when it may.</summary>
    public DateTimeOffset? BlockedUntil(MailboxSettings mailbox)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_states.TryGetValue(mailbox.Department, out var state) && state.SettingsAt == mailbox.UpdatedAt && state.NotBefore > now)
            {
                return state.NotBefore;
            }
        }

        // After a restart: the stored error still says the password was wrong and nobody has changed the settings since.
        if (IsAuthenticationFailure(mailbox.LastError) && mailbox.LastErrorAt is { } at && at >= mailbox.UpdatedAt
            && at + AuthRetry > now)
        {
            return at + AuthRetry;
        }

        return null;
    }

    public void Succeeded(MailboxSettings mailbox)
    {
        lock (_gate)
        {
            _states.Remove(mailbox.Department);
        }
    }

    public DateTimeOffset ConnectionFailed(MailboxSettings mailbox)
    {
        lock (_gate)
        {
            var failures = _states.TryGetValue(mailbox.Department, out var s) && s.SettingsAt == mailbox.UpdatedAt ? s.Failures + 1 : 1;
            var delay = TimeSpan.FromSeconds(Math.Min(5 * Math.Pow(2, Math.Min(failures - 1, 20)), options.Value.MaxBackoffSeconds));
            var state = new State(mailbox.UpdatedAt, failures, clock.GetUtcNow() + delay);
            _states[mailbox.Department] = state;
            return state.NotBefore;
        }
    }

    public DateTimeOffset AuthenticationRejected(MailboxSettings mailbox)
    {
        lock (_gate)
        {
            var state = new State(mailbox.UpdatedAt, 1, clock.GetUtcNow() + AuthRetry);
            _states[mailbox.Department] = state;
            return state.NotBefore;
        }
    }

    public static bool IsAuthenticationFailure(string? error) =>
        error is not null && error.StartsWith(AuthenticationFailed, StringComparison.Ordinal);

    private TimeSpan AuthRetry => TimeSpan.FromMinutes(options.Value.AuthRetryMinutes);

    private sealed record State(DateTimeOffset SettingsAt, int Failures, DateTimeOffset NotBefore);
}
