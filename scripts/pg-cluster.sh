#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (and benchmarks): nothing in it is meant
# to survive, so it trades durability for speed (fsync, synchronous_commit and
# full_page_writes off) and trusts every connection from this machine.
#
#   scripts/pg-cluster.sh start DIR   initdb in DIR, start on a free port of 127.0.0.1,
#                                     wait until it accepts connections, print its URL
#   scripts/pg-cluster.sh url DIR     print the URL again
#   scripts/pg-cluster.sh stop DIR    stop it and remove DIR
#
# The URL is the maintenance database of a superuser (postgres://postgres@127.0.0.1:PORT/
# postgres): what CAREWARD_TEST_POSTGRES wants. PostgreSQL refuses to run as root, so
# under root the server runs as the system user careward-pg (created if missing); DIR's
# parent must then be reachable by that user (/tmp is). The binaries come from $PG_BIN,
# else the newest /usr/lib/postgresql/*/bin, else the PATH.
set -euo pipefail

usage() {
	echo "usage: $0 start|stop|url DIR" >&2
	exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2
pg_user=careward-pg

bindir() {
	if [ -n "${PG_BIN:-}" ]; then
		echo "$PG_BIN"
	elif ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
		ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1
	else
		dirname "$(command -v initdb || { echo "initdb not found: install PostgreSQL" >&2; exit 1; })"
	fi
}

# Run a command as the cluster's owner: ourselves, or careward-pg under root.
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$pg_user" -- "$@"
	else
		"$@"
	fi
}

start() {
	local bin data port url tries
	bin=$(bindir)
	[ ! -e "$dir/data" ] || { echo "$dir already holds a cluster" >&2; exit 1; }
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	data=$dir/data
	if [ "$(id -u)" -eq 0 ]; then
		id -u "$pg_user" >/dev/null 2>&1 ||
			useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$pg_user"
		chmod a+x "$dir" # the server's user must reach its data directory
		runuser -u "$pg_user" -- test -x "$dir" ||
			{ echo "$pg_user cannot reach $dir: choose a directory under /tmp" >&2; exit 1; }
		mkdir -p "$data"
		chown "$pg_user" "$data"
		chmod 0700 "$data"
	fi
	# the server's own working directory must be readable by it (not root's home)
	cd "$dir"
	as_owner "$bin/initdb" --pgdata="$data" --username=postgres --auth=trust \
		--encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	cat >>"$data/postgresql.conf" <<-EOF
		# scripts/pg-cluster.sh: a throwaway cluster, speed over durability
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$data'
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		max_connections = 300
	EOF
	# A free port: one nothing listens on now; if another process takes it before the
	# server binds, the start fails and we try another.
	for tries in 1 2 3 4 5 6 7 8 9 10; do
		port=$((20000 + RANDOM % 40000))
		if ss -Htln "sport = :$port" 2>/dev/null | grep -q .; then
			continue
		fi
		if as_owner "$bin/pg_ctl" --pgdata="$data" --log="$data/server.log" --wait \
			--timeout=60 --options="-p $port" start >/dev/null; then
			url="postgres://postgres@127.0.0.1:$port/postgres"
			# pg_ctl waited on the socket; make sure TCP answers too
			for _ in $(seq 1 100); do
				"$bin/pg_isready" --quiet --host=127.0.0.1 --port="$port" && break
				sleep 0.1
			done
			"$bin/pg_isready" --quiet --host=127.0.0.1 --port="$port" ||
				{ echo "the cluster does not accept connections on port $port" >&2; exit 1; }
			echo "$url" >"$dir/url"
			echo "$url"
			return
		fi
		grep -q "could not bind" "$data/server.log" 2>/dev/null ||
			{ cat "$data/server.log" >&2; exit 1; }
	done
	echo "no free port found after $tries tries" >&2
	exit 1
}

stop() {
	local bin
	bin=$(bindir)
	if [ -e "$dir/data/postmaster.pid" ]; then
		(cd "$dir" && as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop >/dev/null)
	fi
	rm -rf "$dir"
}

case $action in
start) start ;;
stop) stop ;;
url) cat "$dir/url" ;;
*) usage ;;
esac
