#!/usr/bin/env bash
# Starts a throwaway Dovecot (IMAP, 127.0.0.1:14300) and Postfix (SMTP, 127.0.0.1:2525) for the imap and smtp
# benchmarks, the way the test fixture does (HappyButtons.Tests/Fixtures/MailServers), in a temp directory; Postfix
# delivers into the Maildirs Dovecot serves. Needs root and the packages of scripts/test.sh. Prints the environment
# for the benchmark and the command that stops both servers.
#   eval "$(bash bench/mailservers.sh)"; dotnet run -c Release --project bench/HappyButtons.Bench -- imap smtp; eval "$HB_BENCH_STOP"
set -euo pipefail
D=$(mktemp -d /tmp/hb-bench-mail-XXXXXX)
chmod 755 "$D"
MAIL_UID=$(id -u mail); MAIL_GID=$(id -g mail)
mkdir -p "$D/mail" "$D/postfix" "$D/queue" "$D/pfdata"
chown mail:mail "$D/mail"
echo 'sales@happybuttons.test:{PLAIN}bench::::::' > "$D/users"
echo 'sales@happybuttons.test sales/Maildir/' > "$D/postfix/vmailbox"

cat > "$D/dovecot.conf" <<EOF
base_dir = $D/run
state_dir = $D/state
log_path = $D/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
first_valid_uid = $MAIL_UID
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$D/mail/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = 14300
  }
}
EOF

cat > "$D/postfix/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $D/queue
data_directory = $D/pfdata
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
default_transport = error:outbound delivery is disabled
virtual_mailbox_domains = happybuttons.test
virtual_mailbox_base = $D/mail
virtual_mailbox_maps = texthash:$D/postfix/vmailbox
virtual_uid_maps = static:$MAIL_UID
virtual_gid_maps = static:$MAIL_GID
virtual_minimum_uid = $MAIL_UID
maillog_file = $D/postfix.log
maillog_file_prefixes = $D
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
message_size_limit = 10240000
biff = no
in_flow_delay = 0
EOF

cat > "$D/postfix/master.cf" <<EOF
127.0.0.1:2525 inet n - n - - smtpd
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
EOF
touch -d "@$(( $(date +%s) - 60 ))" "$D/postfix/main.cf" "$D/postfix/master.cf" "$D/postfix/vmailbox"

for q in active bounce corrupt defer deferred flush hold incoming private saved trace; do
    mkdir -p "$D/queue/$q"; chown postfix:postfix "$D/queue/$q"; chmod 700 "$D/queue/$q"
done
mkdir -p "$D/queue/maildrop" "$D/queue/public" "$D/queue/pid"
chown postfix:postdrop "$D/queue/maildrop" "$D/queue/public"; chmod 730 "$D/queue/maildrop"; chmod 710 "$D/queue/public"
chown postfix:postfix "$D/pfdata"

setsid dovecot -F -c "$D/dovecot.conf" >"$D/dovecot.out" 2>&1 &
DOVECOT=$!
MAIL_CONFIG="$D/postfix" setsid /usr/lib/postfix/sbin/master -c "$D/postfix" -d >"$D/postfix.out" 2>&1 &
POSTFIX=$!
for port in 14300 2525; do
    for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
done

cat <<EOF
export HB_BENCH_IMAP_HOST=127.0.0.1 HB_BENCH_IMAP_PORT=14300 HB_BENCH_IMAP_USER=sales@happybuttons.test HB_BENCH_IMAP_PASS=bench
export HB_BENCH_SMTP_HOST=127.0.0.1 HB_BENCH_SMTP_PORT=2525 HB_BENCH_SMTP_TO=sales@happybuttons.test HB_BENCH_SMTP_SECURITY=None
export HB_BENCH_STOP="kill -TERM -$DOVECOT -$POSTFIX; sleep 1; rm -rf $D"
EOF
