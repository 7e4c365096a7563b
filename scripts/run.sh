#!/usr/bin/env bash
# The demo: runs Happy Buttons on its embedded defaults in the Development environment — SQLite, Maildir mailboxes and the
# outbox folder under HappyButtons.Web/data, sample mails on a new installation. Serves http://127.0.0.1:5080 unless
# HB_URLS says otherwise. A production start is the published app or `dotnet run --no-launch-profile` (see README).
# The first start creates the user 'admin' and prints its generated password in the log (look for
# "generated password"), unless HappyButtons__Bootstrap__AdminPassword is set.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "node and npm are required to build the front-end assets." >&2; exit 1; }

# The order documents (confirmation, delivery note, invoice) are set in DejaVu Sans from Debian's fonts-dejavu-core.
bash scripts/install-packages.sh fonts-dejavu-core

export ASPNETCORE_ENVIRONMENT=Development
exec dotnet run --project HappyButtons.Web --launch-profile http -- --urls "${HB_URLS:-http://127.0.0.1:5080}"
