#!/usr/bin/env bash
# Runs Happy Buttons on its embedded defaults: SQLite, Maildir mailboxes and the outbox folder under
# HappyButtons.Web/data. Serves http://127.0.0.1:5080 unless HB_URLS says otherwise.
# The first start creates the user 'admin' and prints its generated password in the log (look for
# "generated password"), unless HappyButtons__Bootstrap__AdminPassword is set.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "node and npm are required to build the front-end assets." >&2; exit 1; }

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project HappyButtons.Web --launch-profile http -- --urls "${HB_URLS:-http://127.0.0.1:5080}"
