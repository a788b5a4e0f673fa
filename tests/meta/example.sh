#!/bin/sh
# SPDX-License-Identifier: MIT
# example.sh ZDAUDIT SNAPSHOT EXPECTED — assesses the bundled example account and checks that
# (1) the HOST/GEN/SUP controls listed in EXPECTED ("ID status" lines) get those statuses,
# (2) the report shows pass, fail, manual, not_applicable and error, and exits 2 (failures),
# (3) no PHI planted in the example's help-centre article appears in any report format.
set -u
zdaudit=$1 snap=$2 expected=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
"$zdaudit" assess -q --snapshot "$snap" --format json > "$tmp/r.json"
rc=$?
if [ "$rc" -ne 2 ]; then
  echo "assess exited $rc, expected 2 (failures found)"; status=1
fi
awk '/^      "id": "ZD\./ { id = $2; gsub(/[",]/, "", id) }
     /^      "status": / && id != "" { s = $2; gsub(/[",]/, "", s); print id, s; id = "" }' \
  "$tmp/r.json" | sort > "$tmp/got"
grep -v '^#' "$expected" | grep . | sort > "$tmp/want"
join -a1 "$tmp/want" "$tmp/got" | while read -r id want got; do
  [ "$want" = "${got:-missing}" ] || echo "$id: expected $want, got ${got:-missing}"
done > "$tmp/diff"
if [ -s "$tmp/diff" ]; then cat "$tmp/diff"; status=1; fi
for s in pass fail manual not_applicable error; do
  grep -q " $s\$" "$tmp/got" || { echo "no control is $s"; status=1; }
done
for f in text json html csv markdown junit; do
  "$zdaudit" assess -q --snapshot "$snap" --format "$f" -v > "$tmp/r.$f" 2>&1
  for v in 512-38-4907 "Quintero-Haas" RFC-2207814 "7946 0958"; do
    if grep -q -- "$v" "$tmp/r.$f"; then echo "format $f leaks '$v'"; status=1; fi
  done
done
[ "$status" -eq 0 ] && echo "example: $(wc -l < "$tmp/want") expected statuses hold, no planted PHI in reports"
exit "$status"
