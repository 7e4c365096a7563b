using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Mail.Mailboxes;

public sealed class MailboxBackoffTests
{
    private readonly ManualClock _clock = new();
    private readonly MailboxBackoff _backoff;

    public MailboxBackoffTests() => _backoff = new MailboxBackoff(Options.Create(new ImapSourceOptions()), _clock);

    private MailboxSettings Sales(DateTimeOffset? updatedAt = null, string? lastError = null, DateTimeOffset? lastErrorAt = null) => new()
    {
        Department = "sales", Address = "sales@happybuttons.de", Kind = MailboxKind.Imap,
        UpdatedAt = updatedAt ?? _clock.GetUtcNow().AddDays(-1), LastError = lastError, LastErrorAt = lastErrorAt,
    };

    [Fact]
    public void AfterRejectedCredentials_TheNextLoginIsAllowedOnlyAfterFiveMinutes()
    {
        var mailbox = Sales();
        _backoff.AuthenticationRejected(mailbox);

        _clock.Advance(TimeSpan.FromMinutes(4.9));
        Assert.NotNull(_backoff.BlockedUntil(mailbox));
        _clock.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Null(_backoff.BlockedUntil(mailbox));
    }

    [Fact]
    public void AStoredAuthenticationFailure_StillBlocksAfterARestart_UntilTheSettingsAreSaved()
    {
        var failedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(failedAt.AddMinutes(5), _backoff.BlockedUntil(Sales(lastError: "authentication failed: no", lastErrorAt: failedAt)));
        Assert.Null(_backoff.BlockedUntil(Sales(updatedAt: _clock.GetUtcNow(), lastError: "authentication failed: no", lastErrorAt: failedAt)));
    }

    [Fact]
    public void ConnectionErrors_BackOffExponentially_UpToTheCap_AndASuccessResets()
    {
        var mailbox = Sales();
        var delays = Enumerable.Range(0, 10).Select(_ => _backoff.ConnectionFailed(mailbox) - _clock.GetUtcNow()).ToList();

        Assert.Equal([5, 10, 20, 40, 80, 160, 300, 300, 300, 300], delays.Select(d => (int)d.TotalSeconds));
        _backoff.Succeeded(mailbox);
        Assert.Null(_backoff.BlockedUntil(mailbox));
    }
}
