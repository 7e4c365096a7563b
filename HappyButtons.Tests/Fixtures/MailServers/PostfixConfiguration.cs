namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>
/// main.cf and master.cf for a private Postfix: loopback only, no local delivery, virtual mailbox
/// delivery (texthash map, no postmap) into the Maildirs Dovecot serves, queue in the temp dir,
/// one smtpd with STARTTLS and one with implicit TLS (wrapper mode), SMTP AUTH through Dovecot
/// (offered only after TLS).
/// </summary>
internal static class PostfixConfiguration
{
    public static string MainCf(MailServerPaths paths, (int Uid, int Gid) owner) => $"""
        compatibility_level = 3.6
        queue_directory = {paths.PostfixQueue}
        data_directory = {paths.PostfixData}
        meta_directory = /etc/postfix
        command_directory = /usr/sbin
        daemon_directory = /usr/lib/postfix/sbin
        shlib_directory = /usr/lib/postfix
        mail_owner = postfix
        setgid_group = postdrop
        inet_interfaces = 127.0.0.1
        inet_protocols = ipv4
        myhostname = mx.happybuttons.test
        mydestination =
        mynetworks = 127.0.0.0/8
        relay_domains =
        alias_maps =
        alias_database =
        local_transport = error:local delivery is disabled
        default_transport = error:outbound delivery is disabled in tests
        virtual_mailbox_domains = happybuttons.test
        virtual_mailbox_base = {paths.MailRoot}
        virtual_mailbox_maps = texthash:{paths.PostfixMailboxes}
        virtual_uid_maps = static:{owner.Uid}
        virtual_gid_maps = static:{owner.Gid}
        virtual_minimum_uid = {owner.Uid}
        maillog_file = {paths.PostfixLog}
        maillog_file_prefixes = {paths.Root}
        smtpd_tls_cert_file = {paths.CertificatePem}
        smtpd_tls_key_file = {paths.KeyPem}
        smtpd_tls_security_level = may
        smtpd_recipient_restrictions = check_recipient_access texthash:{paths.PostfixRecipientAccess}, permit_mynetworks, reject_unauth_destination
        smtpd_sasl_auth_enable = yes
        smtpd_sasl_type = dovecot
        smtpd_sasl_path = {paths.DovecotAuthSocket}
        smtpd_tls_auth_only = yes
        message_size_limit = 10240000
        biff = no
        in_flow_delay = 0
        """;

    public static string MasterCf(int smtpPort, int smtpsPort) => $"""
        127.0.0.1:{smtpPort} inet n - n - - smtpd
        127.0.0.1:{smtpsPort} inet n - n - - smtpd -o smtpd_tls_wrappermode=yes
        pickup    unix  n - n 60 1 pickup
        cleanup   unix  n - n - 0 cleanup
        qmgr      unix  n - n 300 1 qmgr
        rewrite   unix  - - n - - trivial-rewrite
        bounce    unix  - - n - 0 bounce
        defer     unix  - - n - 0 bounce
        trace     unix  - - n - 0 bounce
        verify    unix  - - n - 1 verify
        flush     unix  n - n 1000? 0 flush
        proxymap  unix  - - n - - proxymap
        smtp      unix  - - n - - smtp
        relay     unix  - - n - - smtp
        error     unix  - - n - - error
        retry     unix  - - n - - error
        discard   unix  - - n - - discard
        virtual   unix  - n n - - virtual
        anvil     unix  - - n - 1 anvil
        scache    unix  - - n - 1 scache
        postlog   unix-dgram n - n - 1 postlogd
        tlsmgr    unix  - - n 1000? 1 tlsmgr
        """;

    /// <summary>The queue layout post-install would create, with Postfix's ownership and modes.</summary>
    public static void CreateQueue(MailServerPaths paths)
    {
        var (postfixUid, postfixGid) = UnixAccounts.User("postfix");
        var postdrop = UnixAccounts.Group("postdrop");
        Directory.CreateDirectory(paths.PostfixData);
        UnixAccounts.Own(paths.PostfixData, postfixUid, postfixGid);
        foreach (var name in new[] { "active", "bounce", "corrupt", "defer", "deferred", "flush", "hold", "incoming", "private", "saved", "trace", "maildrop", "public", "pid" })
        {
            var dir = Directory.CreateDirectory(Path.Combine(paths.PostfixQueue, name)).FullName;
            switch (name)
            {
                case "pid":
                    break;
                case "maildrop":
                    UnixAccounts.Own(dir, postfixUid, postdrop);
                    UnixAccounts.SetMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute);
                    break;
                case "public":
                    UnixAccounts.Own(dir, postfixUid, postdrop);
                    UnixAccounts.SetMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
                    break;
                default:
                    UnixAccounts.Own(dir, postfixUid, postfixGid);
                    UnixAccounts.SetMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                    break;
            }
        }
    }
}
