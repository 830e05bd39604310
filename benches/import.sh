#!/usr/bin/env bash
# Benchmark (not a test): `careward member invite --csv` of ROWS generated rows, beside
# its floor measured in the same run: `sqlite3 FILE ".import --csv …"` of the same file
# into a plain table. Also the same rows, roles and audit events written by plain
# set-based SQL into careward's own schema (what the storage costs without any per-row
# work), and peak memory with and without the per-row report.
#
# Writes its section of BENCHMARKS.md (between its markers; other sections are kept).
#
#   benches/import.sh [ROWS [RUNS]]        defaults: 100000 rows, 5 runs, medians quoted
#
# Needs: cargo, sqlite3, awk, GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-100000}
runs=${2:-5}
target=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
bin="$target/release/careward"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

csv="$work/members.csv"
awk -v n="$rows" 'BEGIN {
    print "email,name,title,roles"
    for (i = 1; i <= n; i++)
        printf "member%06d@example.org,Member %d,Psychologist,practitioner\n", i, i
}' >"$csv"

export CAREWARD_NOW=2026-11-23T09:00:00Z
fresh_org() {
    rm -f "$work"/c.db*
    CAREWARD_DB="$work/c.db" "$bin" org init bench --name Bench --kind clinic \
        --policy group-practice --admin admin@bench.org >/dev/null 2>&1
}

# "SECONDS KB" of one run of the command.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        exit 1
    }
    cat "$work/time"
}

. benches/lib.sh

import=() import_kb=() quiet_kb=() plain=() floor=()
for ((i = 1; i <= runs; i++)); do
    fresh_org
    read -r s kb < <(measure env CAREWARD_DB="$work/c.db" "$bin" member invite --csv "$csv" \
        --as admin@bench.org --format csv)
    import+=("$s") import_kb+=("$kb")

    fresh_org
    read -r _ kb < <(measure env CAREWARD_DB="$work/c.db" "$bin" member invite --csv "$csv" \
        --as admin@bench.org -q)
    quiet_kb+=("$kb")

    rm -f "$work/plain.db"
    read -r s _ < <(measure sqlite3 "$work/plain.db" ".import --csv $csv t")
    plain+=("$s")

    # The floor of careward's schema: the same members, roles and audit events (same
    # sizes, random hashes), inserted set-based in one transaction by sqlite3.
    fresh_org
    read -r s _ < <(measure sqlite3 "$work/c.db" \
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;
         ATTACH '$work/plain.db' AS src;
         BEGIN IMMEDIATE;
         INSERT INTO member (org_id, email, name, title, status, principal_role, invited_by, invited_at, status_since)
           SELECT 1, email, name, title, 'invited', roles, 'admin@bench.org', '$CAREWARD_NOW', '$CAREWARD_NOW' FROM src.t;
         INSERT INTO member_role (member_id, role) SELECT id, 'practitioner' FROM member WHERE id > 1;
         INSERT INTO audit_event (id, org_id, at, actor, os_user, reason, action, target, outcome, decision, details, prev_hash, hash)
           SELECT id + 1, 1, '$CAREWARD_NOW', 'admin@bench.org', 'bench', NULL, 'member.invite', 'member:' || email, 'allowed',
             'allowed: role administrator grants member.invite on org',
             '{\"import\":{\"file\":\"members.csv\",\"line\":' || id || ',\"run\":2},\"name\":\"' || name || '\",\"principal\":\"practitioner\",\"roles\":[\"practitioner\"],\"status\":\"invited\",\"title\":\"Psychologist\"}',
             lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM member WHERE id > 1;
         COMMIT;")
    floor+=("$s")
    echo "run $i: careward ${import[-1]} s, sqlite3 .import ${plain[-1]} s, schema floor ${floor[-1]} s" >&2
done

m_import=$(printf '%s\n' "${import[@]}" | median)
m_plain=$(printf '%s\n' "${plain[@]}" | median)
m_floor=$(printf '%s\n' "${floor[@]}" | median)
m_kb=$(printf '%s\n' "${import_kb[@]}" | median)
m_qkb=$(printf '%s\n' "${quiet_kb[@]}" | median)
ratio=$(awk -v a="$m_import" -v b="$m_plain" 'BEGIN { printf "%.1f", a / b }')
floor_ratio=$(awk -v a="$m_floor" -v b="$m_plain" 'BEGIN { printf "%.1f", a / b }')
over_floor=$(awk -v a="$m_import" -v b="$m_floor" 'BEGIN { printf "%.1f", a / b }')
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

section="$work/section.md"
cat >"$section" <<EOF
<!-- benches/import.sh: begin (generated; run the script to refresh) -->
## \`member invite --csv\`: ${rows} rows

Measured $(date -u +%Y-%m-%d) on $(machine).
Medians of ${runs} runs; wall-clock seconds from GNU time.

| what | time | vs. \`sqlite3 .import\` |
|---|---|---|
| \`careward member invite --csv\` (report as CSV to /dev/null) | ${m_import} s | **${ratio}×** |
| \`sqlite3 plain.db ".import --csv members.csv t"\` (the floor) | ${m_plain} s | 1× |
| the same members, roles and audit events by set-based SQL into careward's schema | ${m_floor} s | ${floor_ratio}× |

careward takes ${over_floor}× the set-based SQL that stores the same data.

| peak memory (max RSS) | |
|---|---|
| with the per-row report (the command's output: one row per CSV line) | $(mb "$m_kb") MB |
| with \`-q\` (no report: the duplicate check's emails, SQLite's page cache, buffers) | $(mb "$m_qkb") MB |

Reproduce: \`benches/import.sh ${rows} ${runs}\` (set \`CARGO_TARGET_DIR\` if you use one).
<!-- benches/import.sh: end -->
EOF

splice import.sh "$section" "$work"
