namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>Where one fixture instance keeps its configuration, logs, queue and Maildirs.</summary>
internal sealed record MailServerPaths(string Root)
{
    public string MailRoot => Path.Combine(Root, "mail");

    public string CertificatePem => Path.Combine(Root, "server.crt");

    public string KeyPem => Path.Combine(Root, "server.key");

    public string DovecotConf => Path.Combine(Root, "dovecot.conf");

    public string DovecotUsers => Path.Combine(Root, "dovecot.users");

    public string DovecotLog => Path.Combine(Root, "dovecot.log");

    /// <summary>The oauth2 passdb settings: the token service's introspection URL.</summary>
    public string DovecotOAuth => Path.Combine(Root, "dovecot-oauth2.conf.ext");

    public string DovecotRun => Path.Combine(Root, "dovecot-run");

    /// <summary>Dovecot's SASL socket for Postfix (the unix_listener auth-postfix in base_dir).</summary>
    public string DovecotAuthSocket => Path.Combine(DovecotRun, "auth-postfix");

    public string PostfixConfigDir => Path.Combine(Root, "postfix");

    public string PostfixQueue => Path.Combine(Root, "postfix-queue");

    public string PostfixData => Path.Combine(Root, "postfix-data");

    public string PostfixMailboxes => Path.Combine(PostfixConfigDir, "vmailbox");

    public string PostfixLog => Path.Combine(Root, "postfix.log");

    /// <summary>A texthash access map for RCPT TO (the temporary-failure address).</summary>
    public string PostfixRecipientAccess => Path.Combine(PostfixConfigDir, "recipient_access");
}
