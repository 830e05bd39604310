#!/usr/bin/env bash
# Benchmark: a bulk transfer and permission checks on a large organisation, each beside
# its floor (plain sqlite3 doing the same work), in one run. Writes the figures to stdout
# as Markdown; BENCHMARKS.md quotes a run.
#
#   bash benches/transfer.sh [RECORDS] [RUNS]      (default 100000 records, 3 runs)
#
# The organisation is built with careward's own bulk command (org seed of a generated
# file). Each timing is the median of RUNS runs on a fresh copy of the store.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
RUNS=${2:-3}
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the floor" >&2; exit 1; }
cargo build --release --quiet
CW=$PWD/target/release/careward
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$N" > "$WORK/org.yaml" <<'PY'
import sys
n = int(sys.argv[1])
# a paid plan: the free plan of group-practice holds 5 client records
print("org: {slug: big, name: Big Practice, kind: clinic, policy: group-practice, seats: 250}")
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

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
elapsed() { local t0; t0=$(now); "$@" >/dev/null; echo "$(now) - $t0" | bc; }

export CAREWARD_DB="$WORK/base.db"
seed=$(elapsed "$CW" -q org seed "$WORK/org.yaml")
moving=$(sqlite3 "$CAREWARD_DB" "SELECT count(*) FROM record r JOIN member m ON m.id = r.owner_id WHERE m.email = 'from@big.example'")

cw_times=(); sql_times=()
for _ in $(seq "$RUNS"); do
  cp "$WORK/base.db" "$WORK/run.db"
  cw_times+=("$(CAREWARD_DB="$WORK/run.db" elapsed "$CW" -q record transfer --all-from from@big.example --to to@big.example --as coord@big.example)")
  cp "$WORK/base.db" "$WORK/floor.db"
  sql_times+=("$(elapsed sqlite3 "$WORK/floor.db" "UPDATE record SET owner_id = (SELECT id FROM member WHERE email = 'to@big.example') WHERE owner_id = (SELECT id FROM member WHERE email = 'from@big.example') AND status = 'active';")")
done
cw=$(printf '%s\n' "${cw_times[@]}" | median)
sql=$(printf '%s\n' "${sql_times[@]}" | median)

# One perm check process, beside one sqlite3 process running one indexed query.
check_times=(); query_times=()
for _ in $(seq 5); do
  check_times+=("$(elapsed "$CW" -q perm check record.read record:ext:E$((N / 2 + 7)) --as to@big.example || true)")
  query_times+=("$(elapsed sqlite3 "$WORK/base.db" "SELECT owner_id FROM record WHERE org_id = 1 AND external_id = 'E$((N / 2 + 7))';")")
done
check=$(printf '%s\n' "${check_times[@]}" | median)
query=$(printf '%s\n' "${query_times[@]}" | median)

# perm check --batch: checks per second.
python3 - "$N" > "$WORK/batch.jsonl" <<'PY'
import sys
n = int(sys.argv[1])
for i in range(20000):
    who = ["from", "to", "coord", "p7"][i % 4]
    print(f'{{"as": "{who}@big.example", "action": "record.read", "target": "record:{(i * 7919) % n + 1}"}}')
PY
batch=$(elapsed sh -c "$CW perm check --batch < $WORK/batch.jsonl")

cat <<MD
| what | careward | floor | ratio |
|---|---|---|---|
| org seed of $N records (setup) | ${seed}s | — | — |
| record transfer --all-from of $moving records (median of $RUNS) | ${cw}s | sqlite3 UPDATE: ${sql}s | $(echo "scale=1; $cw / $sql" | bc)× |
| one perm check process (median of 5) | ${check}s | one sqlite3 indexed query: ${query}s | $(echo "scale=1; $check / $query" | bc)× |
| perm check --batch, 20000 checks | ${batch}s: $(echo "20000 / $batch" | bc) checks/s, $(echo "scale=1; $batch * 1000000 / 20000" | bc) µs per check | — | — |
MD
