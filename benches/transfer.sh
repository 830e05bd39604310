#!/usr/bin/env bash
# Benchmark: a bulk transfer and permission checks on a large organisation, each beside
# its floor (plain sqlite3 doing the same work) in the same run, written to its section
# of BENCHMARKS.md.
#
#   bash benches/transfer.sh [RECORDS] [RUNS]      (default 100000 records, 3 runs)
#
# The organisation is built with careward's own bulk command (`org seed` of a generated
# file): RECORDS records, half of them owned by the member whose records move. Each
# transfer timing is the median of RUNS runs, each on a fresh copy of the store.
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib.sh
N=${1:-100000}
RUNS=${2:-3}
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the floor" >&2; exit 1; }
cargo build --release --quiet
CW=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/careward
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$N" >"$work/org.yaml" <<'PY'
import sys
n = int(sys.argv[1])
# a paid plan: the free plan of group-practice holds 5 client records
print("org: {slug: big, name: Big Practice, kind: clinic, policy: group-practice, seats: 1000}")
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

# Wall-clock seconds of one command (its exit status is not ours: a denied check exits 3).
seconds() {
    python3 -c 'import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f}")' "$@"
}

export CAREWARD_DB="$work/base.db"
seed=$(seconds "$CW" -q org seed "$work/org.yaml")
moving=$(sqlite3 "$CAREWARD_DB" "SELECT count(*) FROM record r JOIN member m ON m.id = r.owner_id WHERE m.email = 'from@big.example'")

# What careward stores, by set-based SQL with no per-row work: the same owner changes and
# one audit event per record, of the same size, with a hash of the same length.
stored_sql="BEGIN;
INSERT INTO audit_event (id, org_id, at, actor, os_user, reason, action, target, outcome, decision, details, prev_hash, hash)
SELECT (SELECT coalesce(max(id), 0) FROM audit_event) + row_number() OVER (ORDER BY r.id), 1, '2026-01-01T00:00:00Z',
       'coord@big.example', 'bench', NULL, 'record.transfer', 'record:' || r.number, 'allowed',
       'allowed: role coordinator grants record.transfer on org',
       json_object('from', 'from@big.example', 'to', 'to@big.example', 'step', 'moved', 'run', 'transfer-1',
                   'carries', json_object('always', json_array(), 'never', json_array(),
                                          'optional', json_object('included', json_array(), 'excluded', json_array())),
                   'copy', NULL),
       hex(randomblob(32)), hex(randomblob(32))
FROM record r JOIN member m ON m.id = r.owner_id WHERE m.email = 'from@big.example' AND r.status = 'active';
UPDATE record SET owner_id = (SELECT id FROM member WHERE email = 'to@big.example'), owner_since = '2026-01-01T00:00:00Z'
WHERE owner_id = (SELECT id FROM member WHERE email = 'from@big.example') AND status = 'active';
COMMIT;"

cw=(); floor=(); stored=()
for _ in $(seq "$RUNS"); do
    cp "$work/base.db" "$work/run.db"
    cw+=("$(CAREWARD_DB="$work/run.db" seconds "$CW" -q record transfer --all-from from@big.example --to to@big.example --as coord@big.example)")
    cp "$work/base.db" "$work/floor.db"
    floor+=("$(seconds sqlite3 "$work/floor.db" "UPDATE record SET owner_id = (SELECT id FROM member WHERE email = 'to@big.example') WHERE owner_id = (SELECT id FROM member WHERE email = 'from@big.example') AND status = 'active';")")
    cp "$work/base.db" "$work/stored.db"
    stored+=("$(seconds sqlite3 "$work/stored.db" "$stored_sql")")
done
m_stored=$(printf '%s\n' "${stored[@]}" | median)
m_cw=$(printf '%s\n' "${cw[@]}" | median)
m_floor=$(printf '%s\n' "${floor[@]}" | median)

# One perm check process, beside one sqlite3 process running one indexed query.
target="E$((N / 2 + 7))"
check=(); query=()
for _ in $(seq 7); do
    check+=("$(seconds "$CW" -q perm check record.read "record:ext:$target" --as to@big.example)")
    query+=("$(seconds sqlite3 "$work/base.db" "SELECT owner_id FROM record WHERE org_id = 1 AND external_id = '$target';")")
done
m_check=$(printf '%s\n' "${check[@]}" | median)
m_query=$(printf '%s\n' "${query[@]}" | median)

# perm check --batch: checks per second over 20,000 mixed checks.
python3 - "$N" >"$work/batch.jsonl" <<'PY'
import sys
n = int(sys.argv[1])
for i in range(20000):
    who = ["from", "to", "coord", "p7"][i % 4]
    print(f'{{"as": "{who}@big.example", "action": "record.read", "target": "record:{(i * 7919) % n + 1}"}}')
PY
# as an administrator: a line about another member is answered for who may ask about it
m_batch=$(seconds sh -c "\"$CW\" perm check --batch --as admin@big.example < \"$work/batch.jsonl\"")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

section="$work/section.md"
cat >"$section" <<MD
<!-- benches/transfer.sh: begin (generated; run the script to refresh) -->
## Bulk transfer and permission checks: ${N} records

Measured $(date -u +%Y-%m-%d) on $(machine).
Wall-clock seconds; medians of ${RUNS} runs (transfer) and 7 runs (one check).

| what | careward | floor | ratio |
|---|---|---|---|
| \`record transfer --all-from\` of ${moving} records (each authorized, carried and audited) | ${m_cw} s | one \`sqlite3\` \`UPDATE\` of the same rows: ${m_floor} s | **$(ratio "$m_cw" "$m_floor")×** |
| the same owner changes and audit events by set-based SQL (what careward stores, without its per-record work) | ${m_stored} s | the \`UPDATE\` above | $(ratio "$m_stored" "$m_floor")× |
| one \`perm check\` process on the ${N}-record organisation | ${m_check} s | one \`sqlite3\` process running one indexed query: ${m_query} s | **$(ratio "$m_check" "$m_query")×** |
| \`perm check --batch\`, 20,000 checks | ${m_batch} s: $(awk -v t="$m_batch" 'BEGIN { printf "%d", 20000 / t }') checks/s, $(awk -v t="$m_batch" 'BEGIN { printf "%.0f", t * 1000000 / 20000 }') µs per check | — | — |
| building the organisation: \`org seed\` of ${N} records (setup) | ${seed} s | — | — |

Reproduce: \`benches/transfer.sh ${N} ${RUNS}\`.
<!-- benches/transfer.sh: end -->
MD
splice transfer.sh "$section" "$work"
