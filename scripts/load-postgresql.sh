#!/usr/bin/env bash
# scripts/load.sh with the decisions stored in PostgreSQL: starts a throwaway server from Debian's packages
# (as the postgres user when run as root; data folder under target/, a free loopback port), points the service at
# it through the same environment variables a container gets, runs the load, and removes the server.
# Same env as load.sh (DURATION, THREADS, CONNECTIONS, PROFILES, PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
[[ -x "$bin/pg_ctl" ]] || { echo "PostgreSQL is missing: apt-get install -y postgresql" >&2; exit 1; }
data="$PWD/target/postgres-load-$$"
pgport="${PGPORT_LOAD:-25432}"
as_pg=()
[[ "$(id -u)" == 0 ]] && as_pg=(runuser -u postgres --)
mkdir -p "$data"
echo "load-test-password" > "$data/password"
[[ "$(id -u)" == 0 ]] && chown -R postgres "$data"
"${as_pg[@]}" "$bin/initdb" -D "$data/cluster" -U postgres --pwfile="$data/password" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --no-sync --no-instructions >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w \
  -o "-p $pgport -k $data -c listen_addresses=127.0.0.1" start >/dev/null
trap '"${as_pg[@]}" "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null; rm -rf "$data"' EXIT
echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport (fsync on, synchronous_commit on)"
LICENSING_DECISION_LOG_STORE=postgresql \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pgport/postgres" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=load-test-password \
  bash scripts/load.sh
"${as_pg[@]}" "$bin/psql" -h "$data" -p "$pgport" -U postgres -Atc "SELECT 'decisions stored: ' || count(*) FROM decision"
