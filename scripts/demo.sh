#!/usr/bin/env bash
# Build careward and run its main job on demo organisations: load a school service centre,
# a psychiatry clinic and a behaviour-analysis team from fixtures/, then ask the policy
# who may do what, and why.
# The store goes to a temporary folder (or $CAREWARD_DB if set) so nothing of yours is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "# building careward (the first build takes a few minutes)…" >&2
cargo build --quiet
# the binary wherever cargo puts it (CARGO_TARGET_DIR, a workspace's target, …)
bin="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/careward"
cw() { "$bin" "$@"; }

export CAREWARD_DB="${CAREWARD_DB:-$(mktemp -d)/demo.db}"
echo "# store: $CAREWARD_DB"

echo "# load demo organisations (org seed: one checked transaction each)"
cw org seed fixtures/north-school.yaml
cw -q org seed fixtures/psychiatry-clinic.yaml

echo "# a school service centre (policy group-practice)"
export CAREWARD_ORG=north CAREWARD_AS=ada@north.example
cw member list
cw record list --as cole@north.example

echo "# who may read record S-0001 (Noah Tremblay's)? exit 0 allowed, 3 denied"
for who in ada cole mae pia sol ivy; do
  # the decision's own reason, shortened to one line: who holds what, or what grants it
  reason=$(cw perm check record.read record:ext:S-0001 --as "$who@north.example" --format json |
    sed -n 's/^ *"reason": "\(.*\)",\{0,1\}$/\1/p') || true
  why=$(printf '%s' "$reason" | sed -E \
    -e 's/^denied: no grant of ([^ ]+) reaches [^;]+; [^ ]+ holds (.*)$/denied: as \2, no grant of \1 reaches it/' \
    -e 's/, which includes record\.read$//' -e 's/@north\.example//g' -e 's/^allowed: //')
  case $reason in allowed*) why="allowed: $why" ;; esac
  printf '%-5s %s\n' "$who" "$why"
done

echo "# why? (--explain)"
cw perm check record.read record:ext:S-0001 --as sol@north.example --explain
cw perm check record.read record:ext:S-0001 --as cole@north.example --explain || true
cw perm who-can record.read record:ext:S-0001

echo "# a practitioner offers a record to a colleague; it waits for them"
cw record transfer 3 --to pia@north.example --as sol@north.example
cw record transfers --as cole@north.example
cw record transfer accept 3 --as pia@north.example

echo "# a change the rules refuse: the last administrator cannot step down"
cw role remove ada@north.example administrator || true

echo "# a role change shows what it gives and takes (--dry-run: nothing committed)"
cw role assign pia@north.example coordinator --dry-run

echo "# a psychiatry clinic (psychiatry-clinic): assistants act for their therapists"
export CAREWARD_ORG=riverside CAREWARD_AS=nora@riverside.example
cw assistant list
cw perm check record.read record:ext:P-1001 --as intake@riverside.example --explain
cw perm check record.read record:ext:P-1004 --as intake@riverside.example --explain || true
echo "# roles are fixed after invitation: only support can change them"
cw role assign front@riverside.example psychologist || true
cw role assign front@riverside.example psychologist --principal assistant --as support:sam --reason "ticket 4411"

echo "# a behaviour-analysis team (behavior-charts): tiers, groups of performers, reports"
cw -q org seed fixtures/behaviour-team.yaml
export CAREWARD_ORG=brightsteps CAREWARD_AS=lena@brightsteps.example
cw group list
cw perm check measurement.create record:3 --as tess@brightsteps.example --explain
echo "# a parent sees their one performer's data, and creates nothing"
cw perm check measurement.view record:1 --as pat.parent@family.example || true
cw perm check measurement.create record:1 --as pat.parent@family.example || true
cw report summary

echo "# the audit trail of the school service centre, and its hash chain"
export CAREWARD_ORG=north CAREWARD_AS=ada@north.example
cw audit log --limit 5
cw audit verify
