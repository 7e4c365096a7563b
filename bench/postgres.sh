#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (127.0.0.1, a free port) in a temp directory for the benchmarks that compare providers,
# the way the test fixture does (initdb + pg_ctl as user postgres). Needs root and Debian's postgresql (scripts/test.sh).
# Unlike the tests, it keeps PostgreSQL's durability settings. Prints the environment and the stop command:
#   eval "$(bash bench/postgres.sh)"; dotnet run -c Release --project bench/HappyButtons.Bench -- search ingest; eval "$HB_BENCH_PG_STOP"
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
D=$(mktemp -d /tmp/hb-bench-pg-XXXXXX)
chown postgres:postgres "$D"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$BIN/initdb" -D "$D/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$BIN/pg_ctl" -D "$D/data" -l "$D/server.log" -w -o "-p $PORT -k $D -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start >/dev/null
runuser -u postgres -- "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE bench" >/dev/null
echo "export HB_BENCH_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=postgres;Database=bench'"
echo "export HB_BENCH_PG_STOP='runuser -u postgres -- $BIN/pg_ctl -D $D/data -m fast stop >/dev/null; rm -rf $D'"
