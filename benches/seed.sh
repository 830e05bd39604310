#!/usr/bin/env bash
# Benchmark (not a test): `careward org seed` of a generated group-practice organisation
# file with RECORDS records (members ≈ records/50, 10 schools, 100 teams, half the
# records shared with a member or a team), beside its floor measured in the same run:
# `sqlite3` loading the same rows (members, records, shares) from CSV into plain tables.
# Also the peak memory of the seed, and the time of a second, `unchanged` run (the
# comparison with the stored organisation that makes seeding repeatable).
#
# Writes its section of BENCHMARKS.md (between its markers; other sections are kept).
#
#   benches/seed.sh [RECORDS [RUNS]]       defaults: 100000 records, 3 runs, medians quoted
#
# Needs: cargo, sqlite3, awk, GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

records=${1:-100000}
runs=${2:-3}
target=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
bin="$target/release/careward"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

members=$((records / 50 > 10 ? records / 50 : 10))
file="$work/org.yaml"
awk -v n="$records" -v m="$members" -v dir="$work" 'BEGIN {
    printf "org: {slug: bench, name: Bench School Board, kind: school, policy: group-practice, seats: %d}\n", m + 10
    print "locations:"
    for (l = 1; l <= 10; l++) printf "  - {slug: school%d, name: School %d}\n", l, l
    print "teams:"
    for (t = 1; t <= 100; t++) printf "  - {slug: team%d, name: Team %d}\n", t, t
    print "members:"
    print "  - {email: admin@bench.org, roles: [administrator]}"
    print "email" > (dir "/members.csv")
    for (i = 1; i <= m; i++) {
        printf "  - {email: p%06d@bench.org, roles: [practitioner], locations: [school%d], teams: [team%d]}\n", i, i % 10 + 1, i % 100 + 1
        printf "p%06d@bench.org\n", i > (dir "/members.csv")
    }
    print "records:"
    print "client,owner,location" > (dir "/records.csv")
    print "record,grantee,level" > (dir "/shares.csv")
    for (r = 1; r <= n; r++) {
        owner = sprintf("p%06d@bench.org", r % m + 1)
        printf "  - {client: Client %d, owner: %s, location: school%d, external_id: E%d", r, owner, r % 10 + 1, r
        printf "Client %d,%s,school%d\n", r, owner, r % 10 + 1 > (dir "/records.csv")
        if (r % 4 == 0) {
            g = sprintf("p%06d@bench.org", (r + 7) % m + 1)
            printf ", shares: [{with: %s, level: read}]", g
            printf "%d,%s,read\n", r, g > (dir "/shares.csv")
        } else if (r % 4 == 1) {
            printf ", shares: [{team: team%d, level: write}]", r % 100 + 1
            printf "%d,team%d,write\n", r, r % 100 + 1 > (dir "/shares.csv")
        }
        print "}"
    }
}' >"$file"

measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        exit 1
    }
    cat "$work/time"
}

. benches/lib.sh

seed=() seed_kb=() again=() floor=()
for ((i = 1; i <= runs; i++)); do
    rm -f "$work"/c.db*
    read -r s kb < <(measure env CAREWARD_DB="$work/c.db" "$bin" org seed "$file")
    seed+=("$s") seed_kb+=("$kb")
    read -r s _ < <(measure env CAREWARD_DB="$work/c.db" "$bin" org seed "$file" --as admin@bench.org)
    again+=("$s")
    rm -f "$work/plain.db"
    read -r s _ < <(measure sqlite3 "$work/plain.db" \
        ".import --csv $work/members.csv members" \
        ".import --csv $work/records.csv records" \
        ".import --csv $work/shares.csv shares")
    floor+=("$s")
    echo "run $i: org seed ${seed[-1]} s, unchanged ${again[-1]} s, sqlite3 ${floor[-1]} s" >&2
done

m_seed=$(printf '%s\n' "${seed[@]}" | median)
m_again=$(printf '%s\n' "${again[@]}" | median)
m_floor=$(printf '%s\n' "${floor[@]}" | median)
m_kb=$(printf '%s\n' "${seed_kb[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

section="$work/section.md"
cat >"$section" <<EOF
<!-- benches/seed.sh: begin (generated; run the script to refresh) -->
## \`org seed\`: ${records} records

Measured $(date -u +%Y-%m-%d) on $(machine).
A generated school board: ${members} practitioners, 10 schools, 100 teams, ${records} records
at the schools, half of them shared with a member or a team. Medians of ${runs} runs;
wall-clock seconds from GNU time.

| what | time | vs. \`sqlite3\` |
|---|---|---|
| \`careward org seed FILE\` into a new store | ${m_seed} s | **$(ratio "$m_seed" "$m_floor")×** |
| \`careward org seed FILE\` again (compared with the store: \`unchanged\`) | ${m_again} s | $(ratio "$m_again" "$m_floor")× |
| \`sqlite3\` \`.import\` of the same members, records and shares (the floor) | ${m_floor} s | 1× |

Peak memory of the seed (max RSS): $(awk -v k="$m_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB.

Reproduce: \`benches/seed.sh ${records} ${runs}\` (set \`CARGO_TARGET_DIR\` if you use one).
<!-- benches/seed.sh: end -->
EOF

splice seed.sh "$section" "$work"
