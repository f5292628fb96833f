#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and benchmarks: its own data folder, a loopback port, trust
# auth, nothing shared with a system cluster.
#
#   scripts/postgres.sh start [dir]   prints the server's URL as the last line of stdout
#   scripts/postgres.sh stop  [dir]   stops the server and removes the folder
#
# dir defaults to $SITREP_PG_DIR or /tmp/sitrep-postgres. The port is $SITREP_PG_PORT, or the
# first free one from 55432. Uses Debian's postgresql package (apt-get install postgresql).
set -euo pipefail

command="${1:-}"
dir="${2:-${SITREP_PG_DIR:-/tmp/sitrep-postgres}}"

find_bin() {
  if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/initdb" ]]; then echo "$PG_BIN"; return; fi
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" ]]; then echo "$candidate"; return; fi
  done
  echo "postgres.sh: PostgreSQL binaries not found (apt-get install -y postgresql)" >&2
  exit 3
}

# initdb and postgres refuse to run as root; run them as the package's postgres user instead.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  if [[ -n "${SITREP_PG_PORT:-}" ]]; then echo "$SITREP_PG_PORT"; return; fi
  local port
  for port in $(seq 55432 55532); do
    if port_free "$port"; then echo "$port"; return; fi
  done
  echo "postgres.sh: no free port in 55432-55532" >&2
  exit 4
}

start() {
  local bin port
  bin="$(find_bin)"
  mkdir -p "$dir"
  if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; fi
  if [[ -f "$dir/port" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    echo "postgres://postgres@127.0.0.1:$(cat "$dir/port")/postgres"
    return
  fi
  port="$(pick_port)"
  if [[ ! -d "$dir/data" ]]; then
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  # fsync off: the server holds test data only and is thrown away afterwards.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
  echo "postgres://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local bin
  bin="$(find_bin)"
  if [[ -d "$dir/data" ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop [dir]" >&2; exit 2 ;;
esac
