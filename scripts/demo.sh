#!/usr/bin/env bash
# Build careward and run its main job on a demo organisation: create a group practice,
# invite its staff, and ask the policy who may do what, with the reasons.
# The store goes to a temporary folder (or $CAREWARD_DB if set) so nothing of yours is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
cw() { ./target/debug/careward "$@"; }

export CAREWARD_DB="${CAREWARD_DB:-$(mktemp -d)/demo.db}"
echo "# store: $CAREWARD_DB"

echo "# create the organisation and its first administrator"
cw org init north --name "North Family Practice" --kind school --policy group-practice \
  --admin ada@north.example --admin-name "Ada Admin" --seats 10
export CAREWARD_AS=ada@north.example

echo "# invite the staff (active at once, as a migration would)"
cw -q member invite pia@north.example --role practitioner --name "Pia Practitioner" --title Psychologist --accepted
cw -q member invite cole@north.example --role coordinator --name "Cole Coordinator" --accepted
cw -q member invite mae@north.example --role manager --name "Mae Manager" --title Principal --accepted
cw -q member invite ivy@north.example --role practitioner --name "Ivy Intern"
cw member list

echo "# what may each of them do? (exit 0 allowed, 3 denied)"
for who in ada pia cole mae ivy; do
  for action in member.invite record.transfer record.read; do
    if cw -q perm check "$action" --as "$who@north.example"; then verdict=allowed; else verdict=denied; fi
    printf '%-22s %-16s %s\n' "$who@north.example" "$action" "$verdict"
  done
done

echo "# why? (--explain)"
cw perm check record.transfer --as cole@north.example --explain || true
cw perm check member.invite --as pia@north.example --explain || true

echo "# a change the rules refuse: the last administrator cannot step down"
cw role remove ada@north.example administrator || true

echo "# a role change shows what it gives and takes, without committing (--dry-run)"
cw role assign pia@north.example coordinator --dry-run

echo "# the audit trail, and its hash chain"
cw audit log --format csv
cw audit verify
