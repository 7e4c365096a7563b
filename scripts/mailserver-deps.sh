#!/usr/bin/env bash
# Installs the Debian packages the live mail tests need (Dovecot IMAP, Postfix, OpenSSL).
# Idempotent; run as root. Starts no service: the test fixtures start their own servers
# on free loopback ports with configuration in a temp directory.
set -euo pipefail

packages=(dovecot-core dovecot-imapd postfix openssl)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "mail server packages already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "run as root to install: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure itself; the fixtures bring their own config.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
echo "postfix postfix/mailname string localhost" | debconf-set-selections

# A container has no init system; tell invoke-rc.d not to start services from postinst.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod 755 "$policy"
  created_policy=1
fi
cleanup() { if [ "$created_policy" -eq 1 ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -print -quit 2>/dev/null)" ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -q
fi
if ! apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"; then
  # A postinst that still tried to start a service leaves the package half-configured.
  apt-get -o DPkg::Lock::Timeout=600 update -q
  apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" || dpkg --configure -a || true
fi
# policy-rc.d kept the postinst scripts from starting daemons; if one started anyway, stop it:
# the tests run their own instances and nothing global may keep running.
if [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
  doveadm stop || true
fi
if [ -s /var/spool/postfix/pid/master.pid ] && kill -0 "$(tr -d ' ' < /var/spool/postfix/pid/master.pid)" 2>/dev/null; then
  postfix stop || true
fi
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || { echo "failed to install $p" >&2; exit 1; }
done
echo "installed: ${missing[*]}"
