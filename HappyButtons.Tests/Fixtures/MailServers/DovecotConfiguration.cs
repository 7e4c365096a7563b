namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>
/// dovecot.conf for a private instance: loopback listeners (plain/STARTTLS and implicit TLS),
/// passwd-file users, static userdb owning the Maildirs Postfix delivers into, and an auth
/// socket Postfix uses for SMTP AUTH (<see cref="MailServerPaths.DovecotAuthSocket"/>). OAuth2 bearer tokens
/// (XOAUTH2, OAUTHBEARER) are checked by an oauth2 passdb against the test's token service (introspection);
/// passwords by the passwd-file. Dovecot 2.4 renamed most settings, so the installed version picks the syntax.
/// </summary>
internal static class DovecotConfiguration
{
    /// <summary>dovecot-oauth2.conf.ext: introspect every token at the token service (POST, form "token=...").</summary>
    public static string OAuth(string introspectionUrl) => $"""
        introspection_url = {introspectionUrl}
        introspection_mode = post
        username_attribute = username
        active_attribute = active
        active_value = true

        """;

    public static string Render(Version version, MailServerPaths paths, int imapPort, int imapsPort, (int Uid, int Gid) owner) =>
        version >= new Version(2, 4) ? Render24(paths, imapPort, imapsPort, owner) : Render23(paths, imapPort, imapsPort, owner);

    private static string Render23(MailServerPaths paths, int imapPort, int imapsPort, (int Uid, int Gid) owner) => $$"""
        base_dir = {{paths.DovecotRun}}
        state_dir = {{paths.Root}}/dovecot-state
        log_path = {{paths.DovecotLog}}
        protocols = imap
        listen = 127.0.0.1
        ssl = yes
        ssl_cert = <{{paths.CertificatePem}}
        ssl_key = <{{paths.KeyPem}}
        # Dovecot treats loopback as secure, so plain LOGIN works on the plain port for the None test.
        disable_plaintext_auth = yes
        auth_mechanisms = plain login xoauth2 oauthbearer
        # Wrong-password tests should not wait the default 2 s.
        auth_failure_delay = 0
        first_valid_uid = {{owner.Uid}}
        last_valid_uid = {{owner.Uid}}
        mail_location = maildir:~/Maildir
        passdb {
          driver = oauth2
          mechanisms = xoauth2 oauthbearer
          args = {{paths.DovecotOAuth}}
        }
        passdb {
          driver = passwd-file
          mechanisms = plain login
          args = scheme=PLAIN username_format=%u {{paths.DovecotUsers}}
        }
        # No extra wait for the next login from an address after a failure (anvil's auth penalty).
        service anvil {
          unix_listener anvil-auth-penalty {
            mode = 0
          }
        }
        userdb {
          driver = static
          args = uid={{owner.Uid}} gid={{owner.Gid}} home={{paths.MailRoot}}/%n
        }
        namespace inbox {
          inbox = yes
          separator = /
        }
        service auth {
          unix_listener auth-postfix {
            mode = 0666
          }
        }
        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{imapPort}}
          }
          inet_listener imaps {
            address = 127.0.0.1
            port = {{imapsPort}}
            ssl = yes
          }
        }
        """;

    private static string Render24(MailServerPaths paths, int imapPort, int imapsPort, (int Uid, int Gid) owner) => $$"""
        dovecot_config_version = 2.4.0
        dovecot_storage_version = 2.4.0
        base_dir = {{paths.DovecotRun}}
        state_dir = {{paths.Root}}/dovecot-state
        log_path = {{paths.DovecotLog}}
        protocols = imap
        listen = 127.0.0.1
        ssl = yes
        ssl_server_cert_file = {{paths.CertificatePem}}
        ssl_server_key_file = {{paths.KeyPem}}
        auth_allow_cleartext = no
        auth_mechanisms = plain login
        # Wrong-password tests should not wait the default 2 s.
        auth_failure_delay = 0
        first_valid_uid = {{owner.Uid}}
        last_valid_uid = {{owner.Uid}}
        mail_driver = maildir
        mail_path = ~/Maildir
        passdb passwd-file {
          passwd_file_path = {{paths.DovecotUsers}}
        }
        userdb static {
          fields {
            uid = {{owner.Uid}}
            gid = {{owner.Gid}}
            home = {{paths.MailRoot}}/%{user|username}
          }
        }
        namespace inbox {
          inbox = yes
          separator = /
        }
        service auth {
          unix_listener auth-postfix {
            mode = 0666
          }
        }
        service imap-login {
          inet_listener imap {
            listen = 127.0.0.1
            port = {{imapPort}}
          }
          inet_listener imaps {
            listen = 127.0.0.1
            port = {{imapsPort}}
            ssl = yes
          }
        }
        """;
}
