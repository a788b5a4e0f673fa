#!/bin/sh
# SPDX-License-Identifier: MIT
# catalog.sh ZDAUDIT INDEX TESTDIR — the control set against the catalog: every catalog ID is a
# control exactly once (and nothing else is), kind and responsible match the catalog's index, and
# every control with a check() has TESTDIR/<ID>.test. Prints each mismatch; exits 1 on any.
set -eu
zdaudit=$1 index=$2 testdir=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# catalog: ID kind responsible (lower case)
awk -F'|' '/^\| ZD\./ {
  gsub(/ /, "", $2); k = $6; r = $7
  gsub(/^ +| +$/, "", k); gsub(/^ +| +$/, "", r)
  print $2, tolower(k), tolower(r) }' "$index" | sort > "$tmp/catalog"
# controls: ID kind responsible checked(data|person), from the generated reference
"$zdaudit" controls --format markdown > "$tmp/md"
awk -F'|' '/^\| \[ZD\./ {
  id = $2; sub(/^ *\[/, "", id); sub(/\].*/, "", id)
  k = $4; r = $5; c = $6
  gsub(/ /, "", k); gsub(/ /, "", r); gsub(/ /, "", c)
  print id, k, r, c }' "$tmp/md" | sort > "$tmp/controls"

status=0
n=$(wc -l < "$tmp/catalog")
if [ "$n" -ne 135 ]; then
  echo "catalog index has $n controls, expected 135"; status=1
fi
dups=$(cut -d' ' -f1 "$tmp/controls" | uniq -d)
if [ -n "$dups" ]; then
  echo "controls defined more than once: $dups"; status=1
fi
cut -d' ' -f1 "$tmp/catalog" > "$tmp/cat.ids"
cut -d' ' -f1 "$tmp/controls" | sort -u > "$tmp/ctl.ids"
for id in $(comm -23 "$tmp/cat.ids" "$tmp/ctl.ids"); do
  echo "$id: in the catalog but no control file"; status=1
done
for id in $(comm -13 "$tmp/cat.ids" "$tmp/ctl.ids"); do
  echo "$id: control file not in the catalog"; status=1
done
# kind and responsible
cut -d' ' -f1-3 "$tmp/controls" > "$tmp/ctl.meta"
join "$tmp/catalog" "$tmp/ctl.meta" | while read -r id ck cr k r; do
  [ "$ck" = "$k" ] || echo "$id: kind is '$k', catalog says '$ck'"
  [ "$cr" = "$r" ] || echo "$id: responsible is '$r', catalog says '$cr'"
done > "$tmp/meta.err"
if [ -s "$tmp/meta.err" ]; then cat "$tmp/meta.err"; status=1; fi
# a check needs a test file
awk '$4 == "data" { print $1 }' "$tmp/controls" | while read -r id; do
  [ -f "$testdir/$id.test" ] || echo "$id: has a check but no $testdir/$id.test"
done > "$tmp/test.err"
if [ -s "$tmp/test.err" ]; then cat "$tmp/test.err"; status=1; fi

[ "$status" -eq 0 ] && echo "catalog: $n controls consistent"
exit "$status"
