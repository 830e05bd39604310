# Shared by the benchmark scripts: medians, the machine's description, and writing a
# script's own section of BENCHMARKS.md between its markers (other sections are kept).

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

machine() {
    echo "$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), careward $(git rev-parse --short HEAD), $(sqlite3 --version | cut -d' ' -f1-2 | sed 's/^/sqlite3 /')"
}

# splice NAME SECTION_FILE WORK_DIR: put the section (which starts and ends with the
# markers `<!-- benches/NAME: begin … -->` / `<!-- benches/NAME: end -->`) in BENCHMARKS.md.
splice() {
    local name=$1 section=$2 work=$3 out=BENCHMARKS.md
    if [ -f "$out" ] && grep -q "<!-- benches/$name: begin" "$out"; then
        awk -v section="$section" -v begin="<!-- benches/$name: begin" -v end="<!-- benches/$name: end" '
            index($0, begin) == 1 { while ((getline line < section) > 0) print line; skip = 1; next }
            index($0, end) == 1 { skip = 0; next }
            !skip { print }
        ' "$out" >"$work/out.md"
        cp "$work/out.md" "$out"
    else
        [ -f "$out" ] || printf '# Benchmarks\n\nEach section is written by the script it names.\n\n' >"$out"
        { echo; cat "$section"; } >>"$out"
    fi
    cat "$section"
}
