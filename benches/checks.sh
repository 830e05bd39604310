#!/usr/bin/env bash
# Benchmark: permission checks at 10k, 100k and 1M records, each beside its floor (sqlite3
# making the same lookups) in the same run, written to its section of BENCHMARKS.md.
#
#   bash benches/checks.sh [SIZES] [CHECKS] [RUNS]
#       default: "10000 100000 1000000" records, 100000 checks a batch, 5 runs
#
# The organisation is written straight into a careward store by SQL (benches/
# gen_checks.sql: members ≈ records/50, 10 schools, 100 teams, half the records shared
# with a member or a team), so that a 1M-record store takes seconds to build; `org seed`
# has its own benchmark (benches/seed.sh). The batch mixes, in equal parts, owners,
# collaborators (a member share), team members (a team share), coordinators, managers
# of the record's school and strangers, on records picked at random; it runs as the
# administrator, each line naming whom it asks about ("as").
#
# With BASELINE=/path/to/an/older/careward, the same batches run with it too, for a
# "before" column (the store is opened by the newer one first, so it is migrated).
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib.sh
SIZES=${1:-"10000 100000 1000000"}
CHECKS=${2:-100000}
RUNS=${3:-5}
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the floor" >&2; exit 1; }
cargo build --release --quiet
CW=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/careward
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Wall-clock and CPU (user + system) seconds of one command, stdin from $1 ("-": none),
# as "WALL CPU". (The CPU time is the difference of the children's usage, so that a
# python3 started through a shim does not count the shim's own children.)
both() {
    python3 -c 'import resource, subprocess, sys, time
stdin = open(sys.argv[1]) if sys.argv[1] != "-" else subprocess.DEVNULL
cpu = lambda: (lambda r: r.ru_utime + r.ru_stime)(resource.getrusage(resource.RUSAGE_CHILDREN))
c, t = cpu(), time.perf_counter()
subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f} {cpu() - c:.4f}")' "$@"
}

# gen_batch N CHECKS: the batch as JSON lines on stdout, and as CSV (email,number) in
# $work/checks.csv for the floor. Who is what follows benches/gen_checks.sql.
gen_batch() {
    python3 - "$1" "$2" "$work/checks.csv" <<'PY'
import random, sys
n, checks, csv = int(sys.argv[1]), int(sys.argv[2]), open(sys.argv[3], "w")
p = max(200, n // 50)
owner = lambda r: 16 + r % (p - 16)
rng = random.Random(14)
for j in range(checks):
    r = rng.randrange(4, n - 4)
    kind = j % 6
    action = "record.read"
    if kind == 0:                       # the owner
        who = owner(r)
    elif kind == 1:                     # a collaborator: shared with them at level read
        r -= r % 4
        who = 16 + (7 * r) % (p - 16)
    elif kind == 2:                     # a member of the team the record is shared with
        r += (2 - r % 4) % 4
        who, action = r % 100 + 100, "record.write"
    elif kind == 3:                     # a coordinator: knows the record exists
        who, action = 1 + r % 5, "record.view"
    elif kind == 4:                     # the manager of the record's school
        who, action = (10 + r % 10 if r % 10 < 6 else r % 10), "record.view"
    else:                               # a stranger (another practitioner)
        who = owner(r + 1)
    print(f'{{"as":"u{who}@b.example","action":"{action}","target":"record:{r}"}}')
    csv.write(f"u{who}@b.example,{r}\n")
PY
}

# The floor: the same decisions as one set-based query (member by email, record by
# number, its owner, a member share, a team share and team membership, the coordinator
# role, the manager role at the record's school), over the batch imported as a table.
floor_sql="SELECT count(*) FROM checks c
JOIN member m ON m.org_id = 1 AND m.email = c.email
JOIN record r ON r.org_id = 1 AND r.number = c.number
WHERE r.owner_id = m.id
   OR EXISTS (SELECT 1 FROM share s WHERE s.record_id = r.id AND s.member_id = m.id)
   OR EXISTS (SELECT 1 FROM share s JOIN team_member tm ON tm.team_id = s.team_id AND tm.member_id = m.id
              WHERE s.record_id = r.id)
   OR EXISTS (SELECT 1 FROM member_role mr WHERE mr.member_id = m.id AND mr.role = 'coordinator')
   OR EXISTS (SELECT 1 FROM member_role mr JOIN member_location ml ON ml.member_id = m.id
              AND ml.location_id = r.location_id WHERE mr.member_id = m.id AND mr.role = 'manager');"

rows=(); cpu_rows=()
for n in $SIZES; do
    db="$work/org$n.db"
    "$CW" --db "$db" -q org init board --name Board --kind school --policy group-practice \
        --admin admin@b.example --seats 1000000
    sqlite3 "$db" ".parameter set :N $n" ".read benches/gen_checks.sql"
    gen_batch "$n" "$CHECKS" >"$work/batch.jsonl"
    cp "$db" "$work/floor.db"
    sqlite3 "$work/floor.db" "CREATE TABLE checks (email TEXT, number INTEGER);" ".import --csv $work/checks.csv checks"
    batch=(); floor=(); before=(0); batch_cpu=(); floor_cpu=(); before_cpu=(0)
    for _ in $(seq "$RUNS"); do
        read -r w c < <(both "$work/batch.jsonl" "$CW" --db "$db" perm check --batch --as admin@b.example)
        batch+=("$w"); batch_cpu+=("$c")
        read -r w c < <(both - sqlite3 "$work/floor.db" "$floor_sql")
        floor+=("$w"); floor_cpu+=("$c")
        if [ -n "${BASELINE:-}" ]; then
            read -r w c < <(both "$work/batch.jsonl" "$BASELINE" --db "$db" perm check --batch --as admin@b.example)
            before+=("$w"); before_cpu+=("$c")
        fi
    done
    [ -n "${BASELINE:-}" ] && before=("${before[@]:1}") && before_cpu=("${before_cpu[@]:1}")
    m_before=$(printf '%s\n' "${before[@]}" | median)
    m_batch=$(printf '%s\n' "${batch[@]}" | median)
    m_floor=$(printf '%s\n' "${floor[@]}" | median)
    mc_before=$(printf '%s\n' "${before_cpu[@]}" | median)
    mc_batch=$(printf '%s\n' "${batch_cpu[@]}" | median)
    mc_floor=$(printf '%s\n' "${floor_cpu[@]}" | median)
    # One process each, 21 times: a check of the owner's read, and sqlite3 reading the
    # record by its number.
    one=(); lite=(); one_cpu=(); lite_cpu=()
    p=$((n / 50 > 200 ? n / 50 : 200))
    for i in $(seq 21); do
        r=$((n / 2 + i))
        read -r w c < <(both - "$CW" --db "$db" perm check record.read "record:$r" --as "u$((16 + r % (p - 16)))@b.example")
        one+=("$w"); one_cpu+=("$c")
        read -r w c < <(both - sqlite3 "$db" "SELECT id, owner_id, location_id FROM record WHERE org_id = 1 AND number = $r;")
        lite+=("$w"); lite_cpu+=("$c")
    done
    m_one=$(printf '%s\n' "${one[@]}" | median)
    m_lite=$(printf '%s\n' "${lite[@]}" | median)
    cpu_rows+=("$(python3 -c 'import sys
n, c, b, f, p, o, l = sys.argv[1:]
c, b, f, p, o, l = int(c), float(b), float(f), float(p), float(o), float(l)
before = f" | {c / p:,.0f}/s" if p else ""
print(f"| {int(n):,} | {b:.3f} s | **{c / b:,.0f}/s**, {b / c * 1e6:.1f} µs a check | {f / c * 1e6:.1f} µs | {b / f:.1f}× | {o * 1e3:.1f} ms | {l * 1e3:.1f} ms | **{o / l:.2f}×**{before} |")' \
        "$n" "$CHECKS" "$mc_batch" "$mc_floor" "$mc_before" "$(printf '%s\n' "${one_cpu[@]}" | median)" "$(printf '%s\n' "${lite_cpu[@]}" | median)")")
    size=$(du -m "$db" | cut -f1)
    rows+=("$(python3 -c 'import sys
n, c, b, f, o, l, s, p = sys.argv[1:]
c, b, f, o, l, p = int(c), float(b), float(f), float(o), float(l), float(p)
before = f" | {c / p:,.0f}/s" if p else ""
print(f"| {int(n):,} | {s} MB | {b:.3f} s | **{c / b:,.0f}/s** | {b / c * 1e6:.1f} µs | {f:.3f} s: {f / c * 1e6:.1f} µs | {b / f:.1f}× | {o * 1e3:.1f} ms | {l * 1e3:.1f} ms | **{o / l:.2f}×**{before} |")' \
        "$n" "$CHECKS" "$m_batch" "$m_floor" "$m_one" "$m_lite" "$size" "$m_before")")
    rm -f "$db" "$db"-wal "$db"-shm "$work/floor.db"
done

section="$work/section.md"
{
    echo "<!-- benches/checks.sh: begin (generated; run the script to refresh) -->"
    echo "## Permission checks: 10k to 1M records"
    echo
    echo "Measured $(date -u +%F) on $(machine)."
    echo "Wall-clock seconds; medians of $RUNS runs (batches) and 21 runs (one process)."
    echo "A generated school board (members ≈ records/50, 10 schools, 100 teams, half the"
    echo "records shared with a member or a team); a batch of $CHECKS record checks, in equal"
    echo "parts owners, collaborators, team members, coordinators, managers and strangers,"
    echo "run as the administrator asking about each. The machine is shared with other"
    echo "builds: figures move by 10–30% from run to run."
    echo
    if [ -n "${BASELINE:-}" ]; then
        echo "| records | store | \`perm check --batch\` | checks/s | per check | SQL floor: the same lookups, set-based | vs. floor | one \`perm check\` process | one \`sqlite3\` indexed query | ratio | before (BASELINE) |"
        echo "|---|---|---|---|---|---|---|---|---|---|---|"
    else
        echo "| records | store | \`perm check --batch\` | checks/s | per check | SQL floor: the same lookups, set-based | vs. floor | one \`perm check\` process | one \`sqlite3\` indexed query | ratio |"
        echo "|---|---|---|---|---|---|---|---|---|---|"
    fi
    printf '%s\n' "${rows[@]}"
    echo
    echo "The same runs by CPU time (user + system, the same medians), which the other builds"
    echo "on the machine disturb less than the wall clock:"
    echo
    if [ -n "${BASELINE:-}" ]; then
        echo "| records | batch | checks/s | SQL floor, per check | vs. floor | one \`perm check\` process | one \`sqlite3\` process | ratio | before (BASELINE) |"
        echo "|---|---|---|---|---|---|---|---|---|"
    else
        echo "| records | batch | checks/s | SQL floor, per check | vs. floor | one \`perm check\` process | one \`sqlite3\` process | ratio |"
        echo "|---|---|---|---|---|---|---|---|"
    fi
    printf '%s\n' "${cpu_rows[@]}"
    echo
    echo "Reproduce: \`bash benches/checks.sh \"10000 100000 1000000\" $CHECKS $RUNS\` (set \`CARGO_TARGET_DIR\` if you use one)."
    echo "<!-- benches/checks.sh: end -->"
} >"$section"
splice checks.sh "$section" "$work"
