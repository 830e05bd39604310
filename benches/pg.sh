#!/usr/bin/env bash
# Benchmark (run by hand, not in CI): careward on SQLite and on PostgreSQL side by side,
# in one run, written to its section of BENCHMARKS.md (between its markers; other
# sections are kept):
#   - `member invite --csv` of ROWS generated rows (benches/import.sh's file),
#   - `record transfer --all-from` of half of RECORDS records (benches/transfer.sh's
#     organisation, built with `org seed`),
#   - one `perm check` process (median of 11),
#   - `perm check --batch`: checks per second over BATCH checks,
#   - CLIENTS concurrent clients for SECONDS, three checks to one change, each a careward
#     process (benches/clients.py): throughput, p50/p99 latency, failures (must be 0).
#
#   benches/pg.sh [ROWS [RECORDS [RUNS [SECONDS]]]]
#       defaults: 100000 rows, 100000 records, 3 runs (medians), 20 seconds
#       a quick run: benches/pg.sh 10000 10000 1 5
#   environment: CLIENTS (16), BATCH (20000 checks),
#       PG_URL=postgres://USER@HOST:PORT/DB  a server where USER may CREATE DATABASE;
#       without it, a throwaway cluster is started (initdb in a temporary directory, a
#       free port on 127.0.0.1, as the unprivileged user `postgres` when run as root)
#       and stopped at the end. Its settings are PostgreSQL's defaults but
#       synchronous_commit=off, the durability of careward's SQLite store (WAL,
#       synchronous=NORMAL: a commit is not flushed, a crash loses at most the newest
#       transactions and never corrupts); the section quotes the settings either way.
#
# Every database it creates (careward_bench_*) is dropped at the end.
# Needs: cargo, python3, psql (and initdb, pg_ctl without PG_URL), sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib.sh

ROWS=${1:-100000}
RECORDS=${2:-100000}
RUNS=${3:-3}
SECONDS_=${4:-20}
CLIENTS=${CLIENTS:-16}
BATCH=${BATCH:-20000}
# BACKENDS=sqlite: SQLite's column alone (PostgreSQL's shows "—"), to try the script
BACKENDS=${BACKENDS:-"sqlite postgres"}

cargo build --release --quiet
CW=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/careward
work=$(mktemp -d)
chmod 755 "$work"
export CAREWARD_NOW=2026-11-23T09:00:00Z
prefix="careward_bench_$$_"
cluster=""

cleanup() {
    if [ -n "${PG_URL:-}" ]; then
        for db in $(psql "$PG_URL" -qAtX -c "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'" 2>/dev/null); do
            psql "$PG_URL" -qAtX -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
        done
    fi
    if [ -n "$cluster" ]; then
        "${as_pg[@]}" pg_ctl -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A throwaway cluster, unless PG_URL names a server.
as_pg=()
pg_version="" pg_settings="" pg_where="the server of PG_URL"
if [[ $BACKENDS == *postgres* && -z ${PG_URL:-} ]]; then
    for tool in initdb pg_ctl; do
        command -v "$tool" >/dev/null || { echo "no PG_URL and no $tool: give PG_URL or install PostgreSQL" >&2; exit 1; }
    done
    cluster="$work/pg"
    mkdir "$cluster"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$cluster"
        as_pg=(runuser -u postgres --)
    fi
    "${as_pg[@]}" initdb -D "$cluster/data" -U careward --auth=trust -E UTF8 --no-locale >/dev/null
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_pg[@]}" pg_ctl -D "$cluster/data" -l "$cluster/log" -w -o \
        "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$cluster -c synchronous_commit=off -c max_connections=100" \
        start >/dev/null
    PG_URL="postgres://careward@127.0.0.1:$port/postgres"
    pg_where="a throwaway cluster on the same machine, over TCP on 127.0.0.1"
fi
pg() { psql "$PG_URL" -qAtX -v ON_ERROR_STOP=1 -c "$1"; }
if [[ $BACKENDS == *postgres* ]]; then
    pg_version=$(pg "SHOW server_version" | cut -d' ' -f1)
    pg_settings="fsync=$(pg 'SHOW fsync'), synchronous_commit=$(pg 'SHOW synchronous_commit'), shared_buffers=$(pg 'SHOW shared_buffers')"
fi

# The URL of database NAME on the server of PG_URL (its parameters kept).
pg_url() {
    local base=${PG_URL%%\?*}
    echo "${base%/*}/$prefix$1${PG_URL#"$base"}"
}

# fresh BACKEND NAME: an empty store's location (a new file, or a new database).
fresh() {
    if [ "$1" = sqlite ]; then
        rm -f "$work/$2.db" "$work/$2.db-wal" "$work/$2.db-shm"
        echo "$work/$2.db"
    else
        pg "DROP DATABASE IF EXISTS \"$prefix$2\"" >/dev/null
        pg "CREATE DATABASE \"$prefix$2\"" >/dev/null
        pg_url "$2"
    fi
}

# copy BACKEND FROM TO: a copy of store FROM as store TO; its location.
copy() {
    if [ "$1" = sqlite ]; then
        cp "$work/$2.db" "$work/$3.db"
        echo "$work/$3.db"
    else
        pg "DROP DATABASE IF EXISTS \"$prefix$3\"" >/dev/null
        pg "CREATE DATABASE \"$prefix$3\" TEMPLATE \"$prefix$2\"" >/dev/null
        pg_url "$3"
    fi
}

# seconds [-ok CODES] COMMAND…: the wall-clock seconds of one run; the run must exit
# with one of CODES (default 0), else its stderr is shown and the benchmark stops.
seconds() {
    local ok=0
    if [ "$1" = -ok ]; then ok=$2; shift 2; fi
    python3 - "$ok" "$@" <<'PY'
import subprocess, sys, time
ok = [int(c) for c in sys.argv[1].split(",")]
t = time.perf_counter()
run = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
took = time.perf_counter() - t
if run.returncode not in ok:
    sys.exit(f"{' '.join(sys.argv[2:])}: exit {run.returncode}\n{run.stderr}")
print(f"{took:.4f}")
PY
}

# The inputs: benches/import.sh's members file, benches/transfer.sh's organisation (on a
# paid plan with room for the clients' invitations), and a batch of checks.
awk -v n="$ROWS" 'BEGIN {
    print "email,name,title,roles"
    for (i = 1; i <= n; i++)
        printf "member%06d@example.org,Member %d,Psychologist,practitioner\n", i, i
}' >"$work/members.csv"
python3 - "$RECORDS" >"$work/org.yaml" <<'PY'
import sys
n = int(sys.argv[1])
print("org: {slug: big, name: Big Practice, kind: clinic, policy: group-practice, seats: 1000000}")
print("members:")
print("- {email: admin@big.example, roles: [administrator]}")
print("- {email: coord@big.example, roles: [coordinator]}")
print("- {email: from@big.example, roles: [practitioner]}")
print("- {email: to@big.example, roles: [practitioner]}")
for i in range(1, 201):
    print(f"- {{email: p{i}@big.example, roles: [practitioner]}}")
print("records:")
for i in range(n):
    owner = "from@big.example" if i % 2 == 0 else f"p{i % 200 + 1}@big.example"
    print(f"- {{client: Client {i}, owner: {owner}, external_id: E{i}}}")
PY
python3 - "$RECORDS" "$BATCH" >"$work/batch.jsonl" <<'PY'
import sys
n, checks = int(sys.argv[1]), int(sys.argv[2])
for i in range(checks):
    who = ["from", "to", "coord", "p7"][i % 4]
    print(f'{{"as": "{who}@big.example", "action": "record.read", "target": "record:{(i * 7919) % n + 1}"}}')
PY
moving=$(((RECORDS + 1) / 2))

declare -A result
for backend in $BACKENDS; do
    echo "== $backend" >&2
    invite=()
    for i in $(seq "$RUNS"); do
        db=$(fresh "$backend" invite)
        CAREWARD_DB=$db "$CW" -q org init bench --name Bench --kind clinic --policy group-practice --admin admin@bench.org
        invite+=("$(CAREWARD_DB=$db seconds "$CW" -q member invite --csv "$work/members.csv" --as admin@bench.org)")
        echo "invite run $i: ${invite[-1]} s" >&2
    done
    result[$backend.invite]=$(printf '%s\n' "${invite[@]}" | median)

    db=$(fresh "$backend" base)
    result[$backend.seed]=$(CAREWARD_DB=$db seconds "$CW" -q org seed "$work/org.yaml")
    [ "$backend" = sqlite ] && sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    if [ "$backend" = sqlite ]; then
        result[$backend.size]=$(du -m "$db" | cut -f1)
    else
        result[$backend.size]=$(pg "SELECT pg_database_size('${prefix}base') / 1048576")
    fi
    echo "seed: ${result[$backend.seed]} s" >&2

    transfer=()
    for i in $(seq "$RUNS"); do
        run=$(copy "$backend" base run)
        transfer+=("$(CAREWARD_DB=$run seconds "$CW" -q record transfer --all-from from@big.example --to to@big.example --as coord@big.example)")
        echo "transfer run $i: ${transfer[-1]} s" >&2
    done
    result[$backend.transfer]=$(printf '%s\n' "${transfer[@]}" | median)

    one=()
    for i in $(seq 11); do
        r=$((RECORDS / 2 * 2 - 2 * i + 1))
        one+=("$(CAREWARD_DB=$db seconds "$CW" -q perm check record.read "record:ext:E$r" --as "p$((r % 200 + 1))@big.example")")
    done
    result[$backend.one]=$(printf '%s\n' "${one[@]}" | median)

    batch=()
    for i in $(seq "$RUNS"); do
        batch+=("$(CAREWARD_DB=$db seconds sh -c "\"$CW\" perm check --batch --as admin@big.example < \"$work/batch.jsonl\"")")
    done
    result[$backend.batch]=$(printf '%s\n' "${batch[@]}" | median)
    echo "one check: ${result[$backend.one]} s, batch: ${result[$backend.batch]} s" >&2

    run=$(copy "$backend" base clients)
    CAREWARD_DB=$run CAREWARD_BUSY_TIMEOUT=300 python3 benches/clients.py "$CW" "$RECORDS" "$CLIENTS" "$SECONDS_" >"$work/clients-$backend.json"
    echo "clients: $(cat "$work/clients-$backend.json")" >&2
    [ "$backend" = sqlite ] && rm -f "$work"/*.db "$work"/*.db-wal "$work"/*.db-shm
done

# The figures, one "BACKEND.KEY VALUE" a line, for the tables (with clients-BACKEND.json).
for key in "${!result[@]}"; do echo "$key ${result[$key]}"; done >"$work/results.txt"
tables() {
    python3 - "$work" "$ROWS" "$RECORDS" "$moving" "$BATCH" <<'PY'
import json, os, sys
work, rows, records, moving, batch = sys.argv[1], *map(int, sys.argv[2:])
r = {}
for line in open(f"{work}/results.txt"):
    key, value = line.split()
    backend, what = key.split(".")
    r.setdefault(backend, {})[what] = float(value)
clients = {b: json.load(open(f"{work}/clients-{b}.json")) for b in ("sqlite", "postgres")
           if os.path.exists(f"{work}/clients-{b}.json")}

def row(label, what, show):
    s, p = r.get("sqlite", {}).get(what), r.get("postgres", {}).get(what)
    ratio = f"**{p / s:.1f}×**" if s and p else "—"
    cell = lambda v: show(v) if v is not None else "—"
    print(f"| {label} | {cell(s)} | {cell(p)} | {ratio} |")

print("| what | SQLite | PostgreSQL | PostgreSQL / SQLite |")
print("|---|---|---|---|")
row(f"`member invite --csv` of {rows:,} rows", "invite", lambda v: f"{v:.2f} s")
row(f"`record transfer --all-from` of {moving:,} of {records:,} records", "transfer", lambda v: f"{v:.2f} s")
row("one `perm check` process", "one", lambda v: f"{v * 1e3:.1f} ms")
row(f"`perm check --batch`, {batch:,} checks", "batch",
    lambda v: f"{batch / v:,.0f} checks/s ({v / batch * 1e6:.0f} µs a check)")
row(f"building the organisation: `org seed` of {records:,} records (setup)", "seed", lambda v: f"{v:.2f} s")
row("its store's size", "size", lambda v: f"{v:.0f} MB")
print()
print("| concurrent clients | SQLite | PostgreSQL |")
print("|---|---|---|")
def crow(label, show):
    cells = [show(clients[b]) if b in clients else "—" for b in ("sqlite", "postgres")]
    print(f"| {label} | {cells[0]} | {cells[1]} |")
crow("operations: checks + changes", lambda c: f"{c['operations']:,}: {c['checks']:,} + {c['changes']:,}")
crow("throughput", lambda c: f"**{c['per_second']:.1f} /s**")
crow("latency p50 / p99", lambda c: f"{c['p50_ms']} / {c['p99_ms']} ms")
crow("a check: p50 / p99", lambda c: f"{c['check_p50_ms']} / {c['check_p99_ms']} ms")
crow("a change: p50 / p99", lambda c: f"{c['change_p50_ms']} / {c['change_p99_ms']} ms")
crow("**failures**", lambda c: f"**{c['failures']}**")
crow("gave up busy (exit 7)", lambda c: f"{c['busy']}")
PY
}

section="$work/section.md"
{
    echo "<!-- benches/pg.sh: begin (generated; run the script to refresh) -->"
    echo "## SQLite and PostgreSQL side by side"
    echo
    echo "Measured $(date -u +%F) on $(machine)."
    [ -n "$pg_version" ] && echo "PostgreSQL $pg_version ($pg_settings), $pg_where."
    echo "Wall-clock seconds; medians of $RUNS runs (11 for one check). The machine is shared"
    echo "with other builds: figures move by 10–30% from run to run."
    echo
    echo "$CLIENTS concurrent clients run for $SECONDS_ s, each running careward processes one after"
    echo "another on the $RECORDS-record organisation: three \`perm check\`s (an owner's read,"
    echo "allowed; another practitioner's, denied) to one change (\`record create\` or"
    echo "\`member invite\`). A failure is a change that did not succeed or a check with the"
    echo "wrong answer."
    echo
    tables
    echo
    echo "Reproduce: \`benches/pg.sh $ROWS $RECORDS $RUNS $SECONDS_\` (with \`PG_URL\` for a server of"
    echo "your own; set \`CARGO_TARGET_DIR\` if you use one)."
    echo "<!-- benches/pg.sh: end -->"
} >"$section"
splice pg.sh "$section" "$work"
