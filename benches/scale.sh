#!/usr/bin/env bash
# Benchmark (not a test, not in CI): careward at a school board's scale, 10k to 1M
# records, each figure beside its floor (plain sqlite3 doing the same work) measured in
# the same run. The organisation has issue 14's shape: members ≈ records/50, 10 schools,
# 100 teams, half the records shared with a member or a team, a few coordinators and a
# manager per school. It is built through careward's own bulk path (`org seed`).
#
#   benches/scale.sh [PART] [SIZE…]
#
#   PART   all (default): seed, then checks, for each size, then the report
#          seed | checks: that part alone (checks reuses the seeded store if there is one)
#          report: write BENCHMARKS.md's section from the results measured so far
#   SIZE   10k, 100k, 1m or a number of records (default: 10k 100k 1m)
#
# Per size, under $SCALE_DIR (default /tmp/careward-scale/SIZE): the generated files, the
# seeded store and `results` (one `name value` a line), which `report` reads.
# RUNS (default 3; 1 at 1M) sets how many runs each median is taken over.
#
# seed    `org seed` of the file: wall time and peak memory (GNU time), store size;
#         floor: `sqlite3 .import` of the same members, records and shares.
# checks  `perm check --batch` of 100,000 mixed record checks (owners, collaborators,
#         team members, coordinators, managers, strangers); floor: the same decisions as
#         one set-based sqlite3 query. One `perm check` process (median of 9) beside one
#         `sqlite3` process running one indexed query on the same store.
#
# Needs: cargo, sqlite3, awk, python3, GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/lib.sh

part=${1:-all}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10k 100k 1m)
base=${SCALE_DIR:-/tmp/careward-scale}
target=${CARGO_TARGET_DIR:-target}
bin=${CAREWARD_BIN:-$target/release/careward}
CHECKS=100000

records_of() {
    case $1 in
    *k) echo $((${1%k} * 1000)) ;;
    *m) echo $((${1%m} * 1000000)) ;;
    *) echo "$1" ;;
    esac
}

# Wall-clock seconds of one command (its exit status is not ours: a denied check exits 3).
seconds() {
    python3 -c 'import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f}")' "$@"
}

# "SECONDS KB CPU-SECONDS" of one run of a command that must succeed: wall-clock time,
# peak memory (max RSS) and user + system time (what a loaded machine distorts least).
measure() {
    local dir=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$dir/time" "$@" >/dev/null 2>"$dir/stderr" || {
        cat "$dir/stderr" >&2
        exit 1
    }
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$dir/time"
}

# record NAME VALUE into the size's results (replacing an earlier value)
result() {
    local file=$dir/results
    touch "$file"
    grep -v "^$1 " "$file" >"$file.new" || true
    echo "$1 $2" >>"$file.new"
    mv "$file.new" "$file"
    echo "  $1 $2" >&2
}

generate() {
    local n=$1 m=$((n / 50 > 10 ? n / 50 : 10))
    [ -f "$dir/org.yaml" ] && [ "$(cat "$dir/records" 2>/dev/null)" = "$n" ] && return
    echo "generating $n records, $m practitioners in $dir" >&2
    awk -v n="$n" -v m="$m" -v dir="$dir" -v checks="$CHECKS" 'BEGIN {
        srand(14)
        printf "org: {slug: board, name: Bench School Board, kind: school, policy: group-practice, seats: %d}\n", m + 20
        print "locations:"
        for (l = 1; l <= 10; l++) printf "  - {slug: school%d, name: School %d}\n", l, l
        print "teams:"
        for (t = 1; t <= 100; t++) printf "  - {slug: team%d, name: Team %d}\n", t, t
        print "members:"
        print "  - {email: admin@board.org, roles: [administrator]}"
        print "email,role" > (dir "/members.csv")
        for (c = 1; c <= 5; c++) {
            printf "  - {email: coord%d@board.org, roles: [coordinator]}\n", c
            printf "coord%d@board.org,coordinator\n", c > (dir "/members.csv")
        }
        for (l = 1; l <= 10; l++) {
            printf "  - {email: head%d@board.org, roles: [manager], locations: [school%d]}\n", l, l
            printf "head%d@board.org,manager\n", l > (dir "/members.csv")
        }
        # practitioner i works at school i%10+1, in team i%100+1
        for (i = 1; i <= m; i++) {
            printf "  - {email: p%07d@board.org, roles: [practitioner], locations: [school%d], teams: [team%d]}\n", i, i % 10 + 1, i % 100 + 1
            printf "p%07d@board.org,practitioner\n", i > (dir "/members.csv")
        }
        print "records:"
        print "number,client,owner,location" > (dir "/records.csv")
        print "number,grantee,level" > (dir "/shares.csv")
        # record r (numbered r) is owned by practitioner r%m+1, at school r%10+1; a
        # quarter shared with practitioner (r+7)%m+1, a quarter with team r%100+1
        for (r = 1; r <= n; r++) {
            owner = sprintf("p%07d@board.org", r % m + 1)
            printf "  - {client: Client %d, owner: %s, location: school%d, external_id: E%d", r, owner, r % 10 + 1, r
            printf "%d,Client %d,%s,school%d\n", r, r, owner, r % 10 + 1 > (dir "/records.csv")
            if (r % 4 == 0) {
                g = sprintf("p%07d@board.org", (r + 7) % m + 1)
                printf ", shares: [{with: %s, level: read}]", g
                printf "%d,%s,read\n", r, g > (dir "/shares.csv")
            } else if (r % 4 == 1) {
                printf ", shares: [{team: team%d, level: write}]", r % 100 + 1
                printf "%d,team%d,write\n", r, r % 100 + 1 > (dir "/shares.csv")
            }
            print "}"
        }
        # the checks, a sixth of each kind, on records spread over the whole organisation
        print "actor,action,number" > (dir "/checks.csv")
        for (k = 0; k < checks; k++) {
            r = int(rand() * n) + 1
            kind = k % 6
            action = "record.read"
            if (kind == 0) { r = r - r % 4 + 2; if (r > n) r = 2; who = sprintf("p%07d@board.org", r % m + 1) }
            else if (kind == 1) { r = r - r % 4 + 4; if (r > n) r = 4; who = sprintf("p%07d@board.org", (r + 7) % m + 1) }
            else if (kind == 2) { r = r - r % 4 + 1; if (r > n) r = 1; t = r % 100 + 1; i = t - 1 + 100 * int(rand() * int(m / 100)); if (i < 1) i = 100; who = sprintf("p%07d@board.org", i) }
            else if (kind == 3) { action = "record.view"; who = sprintf("coord%d@board.org", k % 5 + 1) }
            else if (kind == 4) { action = "record.view"; who = sprintf("head%d@board.org", int(rand() * 10) + 1) }
            else { r = r - r % 4 + 3; if (r > n) r = 3; who = sprintf("p%07d@board.org", (r + 3) % m + 1) }
            printf "{\"as\": \"%s\", \"action\": \"%s\", \"target\": \"record:%d\"}\n", who, action, r > (dir "/checks.jsonl")
            printf "%s,%s,%d\n", who, action, r > (dir "/checks.csv")
        }
    }' >"$dir/org.yaml"
    echo "$n" >"$dir/records"
}

median_of() { printf '%s\n' "$@" | median; }

seed_part() {
    local n=$1 runs=$2 s kb cpu times=() kbs=() cpus=() floors=() floor_cpus=()
    for ((i = 1; i <= runs; i++)); do
        rm -f "$dir"/c.db*
        read -r s kb cpu < <(measure "$dir" env CAREWARD_DB="$dir/c.db" "$bin" -q org seed "$dir/org.yaml")
        times+=("$s") kbs+=("$kb") cpus+=("$cpu")
        rm -f "$dir/plain.db"
        read -r s _ cpu < <(measure "$dir" sqlite3 "$dir/plain.db" \
            ".import --csv $dir/members.csv members" \
            ".import --csv $dir/records.csv records" \
            ".import --csv $dir/shares.csv shares")
        floors+=("$s") floor_cpus+=("$cpu")
        echo "  run $i: org seed ${times[-1]} s (cpu ${cpus[-1]} s), $((kbs[-1] / 1024)) MB; sqlite3 .import ${floors[-1]} s (cpu ${floor_cpus[-1]} s)" >&2
    done
    result seed_s "$(median_of "${times[@]}")"
    result seed_mb "$(median_of "${kbs[@]}" | awk '{ printf "%.0f", $1 / 1024 }')"
    result seed_floor_s "$(median_of "${floors[@]}")"
    result seed_cpu_s "$(median_of "${cpus[@]}")"
    result seed_floor_cpu_s "$(median_of "${floor_cpus[@]}")"
    result seed_runs "$runs"
    result store_mb "$(du -bc "$dir"/c.db* | tail -1 | awk '{ printf "%.1f", $1 / 1048576 }')"
    result plain_mb "$(du -b "$dir/plain.db" | awk '{ printf "%.1f", $1 / 1048576 }')"
}

# The floor of the batch: the same decisions, one set-based query over the same store
# (owner, a member's share, a team's share, a coordinator, a manager at the school).
floor_sql="
CREATE TEMP TABLE c (actor TEXT, action TEXT, number INTEGER);
.import --csv $base/SIZE/checks.csv c
SELECT count(*), sum(allowed) FROM (
  SELECT EXISTS (SELECT 1 FROM member a JOIN record r ON r.org_id = 1 AND r.number = c.number
    WHERE a.org_id = 1 AND a.email = c.actor AND a.status IN ('active', 'invited') AND r.status = 'active' AND (
      r.owner_id = a.id
      OR EXISTS (SELECT 1 FROM share s WHERE s.record_id = r.id AND s.member_id = a.id)
      OR EXISTS (SELECT 1 FROM share s JOIN team_member t ON t.team_id = s.team_id WHERE s.record_id = r.id AND t.member_id = a.id)
      OR (c.action = 'record.view' AND EXISTS (SELECT 1 FROM member_role x WHERE x.member_id = a.id AND x.role = 'coordinator') AND r.confidential = 0)
      OR (c.action = 'record.view' AND EXISTS (SELECT 1 FROM member_role x JOIN member_location l ON l.member_id = x.member_id
            WHERE x.member_id = a.id AND x.role = 'manager' AND l.location_id = r.location_id)))) AS allowed
  FROM c);"

checks_part() {
    local runs=$1 s cpu batch=() floors=() batch_cpus=() floor_cpus=() one=() query=() target_n
    [ -f "$dir/c.db" ] || seed_part "$(cat "$dir/records")" 1
    echo "${floor_sql//SIZE/$(basename "$dir")}" >"$dir/floor.sql"
    # on a copy: the batch's audit events must not grow the store the next run reads
    for ((i = 1; i <= runs; i++)); do
        cp "$dir/c.db" "$dir/run.db"
        read -r s _ cpu < <(measure "$dir" sh -c "CAREWARD_DB='$dir/run.db' '$bin' perm check --batch --as admin@board.org < '$dir/checks.jsonl'")
        batch+=("$s") batch_cpus+=("$cpu")
        cp "$dir/c.db" "$dir/run.db"
        read -r s _ cpu < <(measure "$dir" sh -c "sqlite3 '$dir/run.db' < '$dir/floor.sql'")
        floors+=("$s") floor_cpus+=("$cpu")
        echo "  run $i: perm check --batch ${batch[-1]} s (cpu ${batch_cpus[-1]} s); sqlite3 set-based ${floors[-1]} s (cpu ${floor_cpus[-1]} s)" >&2
    done
    sqlite3 "$dir/run.db" <"$dir/floor.sql" >"$dir/floor_answer"
    CAREWARD_DB="$dir/run.db" "$bin" perm check --batch --as admin@board.org <"$dir/checks.jsonl" 2>/dev/null |
        grep -c '"allowed": *true' >"$dir/batch_allowed" || true
    target_n=$(($(cat "$dir/records") / 2 + 4))
    for ((i = 1; i <= 9; i++)); do
        one+=("$(seconds env CAREWARD_DB="$dir/run.db" "$bin" -q perm check record.read "record:$target_n" --as "p$(printf %07d $(((target_n + 7) % ($(cat "$dir/records") / 50 > 10 ? $(cat "$dir/records") / 50 : 10) + 1)))@board.org")")
        query+=("$(seconds sqlite3 "$dir/run.db" "SELECT owner_id FROM record WHERE org_id = 1 AND number = $target_n;")")
    done
    result batch_s "$(median_of "${batch[@]}")"
    result batch_floor_s "$(median_of "${floors[@]}")"
    result batch_cpu_s "$(median_of "${batch_cpus[@]}")"
    result batch_floor_cpu_s "$(median_of "${floor_cpus[@]}")"
    result batch_runs "$runs"
    result batch_allowed "$(cat "$dir/batch_allowed")"
    result floor_allowed "$(cut -d'|' -f2 "$dir/floor_answer")"
    result one_check_s "$(median_of "${one[@]}")"
    result one_query_s "$(median_of "${query[@]}")"
    rm -f "$dir"/run.db*
}

get() { awk -v k="$2" '$1 == k { print $2 }' "$base/$1/results" 2>/dev/null; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "—"; else printf "%.1f×", a / b }'; }

report() {
    local section work
    work=$(mktemp -d)
    section=$work/section.md
    {
        echo "<!-- benches/scale.sh: begin (generated; run the script to refresh) -->"
        echo "## At a school board's scale: 10k, 100k and 1M records"
        echo
        echo "Measured $(date -u +%Y-%m-%d) on $(machine), a machine shared with other"
        echo "builds (load average $(cut -d' ' -f1-3 /proc/loadavg) when the report was written): medians, and"
        echo "ratios to a floor measured in the same run, are the figures to read."
        echo "The organisation: members ≈ records/50 (practitioners, 5 coordinators, a manager per"
        echo "school), 10 schools, 100 teams, half the records shared with a member or a team."
        echo
        echo "| figure | size | careward | floor (plain sqlite3, same work) | ratio |"
        echo "|---|---|---|---|---|"
        # one figure at a time, each at every size: the curve
        local figure size n s f
        for figure in seed seed_cpu batch batch_cpu one store; do
            for size in "${sizes[@]}"; do
                [ -f "$base/$size/results" ] || continue
                n=$(cat "$base/$size/records")
                case $figure in
                seed) s=$(get "$size" seed_s) f=$(get "$size" seed_floor_s)
                    [ -n "$s" ] && echo "| \`org seed\`, wall (median of $(get "$size" seed_runs)) | $n | $s s, peak $(get "$size" seed_mb) MB | \`.import\` of the members, records, shares: $f s | **$(ratio "$s" "$f")** |" ;;
                seed_cpu) s=$(get "$size" seed_cpu_s) f=$(get "$size" seed_floor_cpu_s)
                    [ -n "$s" ] && echo "| \`org seed\`, CPU (user + system) | $n | $s s: $(awk -v t="$s" -v n="$n" 'BEGIN { printf "%.0f µs a record", t * 1e6 / n }') | $f s | **$(ratio "$s" "$f")** |" ;;
                batch) s=$(get "$size" batch_s) f=$(get "$size" batch_floor_s)
                    [ -n "$s" ] && echo "| \`perm check --batch\`, $CHECKS checks, wall (median of $(get "$size" batch_runs)) | $n | $s s: $(awk -v t="$s" -v c=$CHECKS 'BEGIN { printf "%d checks/s", c / t }') | one set-based query: $f s | **$(ratio "$s" "$f")** |" ;;
                batch_cpu) s=$(get "$size" batch_cpu_s) f=$(get "$size" batch_floor_cpu_s)
                    [ -n "$s" ] && echo "| \`perm check --batch\`, CPU (user + system) | $n | $s s: $(awk -v t="$s" -v c=$CHECKS 'BEGIN { printf "%.1f µs a check", t * 1e6 / c }') | $f s: $(awk -v t="$f" -v c=$CHECKS 'BEGIN { printf "%.1f µs a check", t * 1e6 / c }') | **$(ratio "$s" "$f")** |" ;;
                one) s=$(get "$size" one_check_s) f=$(get "$size" one_query_s)
                    [ -n "$s" ] && echo "| one \`perm check\` process, wall (median of 9) | $n | $s s | one \`sqlite3\` process, one indexed query: $f s | **$(ratio "$s" "$f")** |" ;;
                store) s=$(get "$size" store_mb) f=$(get "$size" plain_mb)
                    [ -n "$s" ] && echo "| store size after the seed | $n | $s MB | the \`.import\`ed rows alone: $f MB | $(ratio "$s" "$f") |" ;;
                esac
            done
        done
        echo
        echo "Allowed checks in the batch, careward / the floor's query (they must agree):"
        for size in "${sizes[@]}"; do
            [ -f "$base/$size/results" ] || continue
            echo "$(cat "$base/$size/records") records: $(get "$size" batch_allowed) / $(get "$size" floor_allowed);"
        done | paste -sd' '
        echo
        echo "Reproduce: \`cargo build --release && benches/scale.sh all ${sizes[*]}\`; one part alone:"
        echo "\`benches/scale.sh checks 100k\` (then \`benches/scale.sh report ${sizes[*]}\`)."
        echo "<!-- benches/scale.sh: end -->"
    } >"$section"
    splice scale.sh "$section" "$work"
    rm -rf "$work"
}

[ -x "$bin" ] || cargo build --release --quiet
for size in "${sizes[@]}"; do
    [ "$part" = report ] && break
    n=$(records_of "$size")
    dir=$base/$size
    mkdir -p "$dir"
    runs=${RUNS:-$([ "$n" -ge 1000000 ] && echo 1 || echo 3)}
    echo "== $size: $n records ($part), $(date -u +%H:%M:%S)" >&2
    generate "$n"
    case $part in
    seed) seed_part "$n" "$runs" ;;
    checks) checks_part "$runs" ;;
    all) seed_part "$n" "$runs" && checks_part "$runs" ;;
    *) echo "unknown part $part (all, seed, checks, report)" >&2 && exit 2 ;;
    esac
done
case $part in
all | report) report ;;
esac
