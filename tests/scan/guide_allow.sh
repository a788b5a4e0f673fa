#!/bin/sh
# SPDX-License-Identifier: MIT
# guide_allow.sh ZDAUDIT SRC — scan.allow in zdaudit.yaml reaches the
# controls' zd.scan: an article holding the clinic's own licence number,
# phone number and street address fails ZD.GUIDE.1 without the list
# (LICENSE_NUMBER is an identifier) and lists the contact details for
# review; with them in scan.allow it neither fails nor lists them. A
# pattern that does not compile is refused with its line.
set -u
zd=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

cp -r "$src/examples/clinic" "$tmp/snap"
cat > "$tmp/snap/hc_articles.json" <<'JSON'
{"articles": [{"id": 501, "title": "Contact us", "user_segment_id": null,
  "body": "<p>Riverside Family Clinic, licence number 4455667. Call us at (415) 555-2671 or visit 200 Main Street, Springfield, IL 62704.</p>"}]}
JSON
printf 'version: 1\n' > "$tmp/plain.yaml"
cat > "$tmp/allow.yaml" <<'YAML'
scan:
  allow:
    - Riverside Family Clinic
    - "(415) 555-2671"
    - 200 Main Street, Springfield, IL 62704
    - 're:4455667'
YAML

guide() {   # status and finding types of ZD.GUIDE.1 with config $1
  "$zd" assess --snapshot "$tmp/snap" --config "$1" --format json \
    -o "$tmp/r.json" >/dev/null 2>"$tmp/err"
  python3 - "$tmp/r.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
r = [x for x in doc["results"] if x["id"] == "ZD.GUIDE.1"][0]
types = sorted({e.get("finding", {}).get("type", "") for e in r.get("evidence", [])} - {""})
print(r["status"], ",".join(types) or "-")
PY
}

got=$(guide "$tmp/plain.yaml")
case $got in
  "fail "*LICENSE_NUMBER*LOCATION*PHONE_NUMBER*) ;;
  *) fail "without scan.allow: want fail with LICENSE_NUMBER, LOCATION and PHONE_NUMBER, got '$got'" ;;
esac
got=$(guide "$tmp/allow.yaml")
[ "$got" = "manual -" ] || fail "with scan.allow: want 'manual -', got '$got' ($(head -c 300 "$tmp/err"))"

# zdaudit scan --config: scan.allow adds to --allow FILE
printf 'Call us at (415) 555-2671 or at (212) 555-2298.\n' > "$tmp/text.txt"
printf '(212) 555-2298\n' > "$tmp/more.allow"
"$zd" scan --format json -q "$tmp/text.txt" > "$tmp/out" 2>&1
grep -q '"findings":2' "$tmp/out" || fail "scan without a list: want 2 phone numbers, got $(head -c 300 "$tmp/out")"
"$zd" scan --format json -q --config "$tmp/allow.yaml" --allow "$tmp/more.allow" "$tmp/text.txt" > "$tmp/out" 2>&1
grep -q '"findings":0' "$tmp/out" || fail "scan --config with --allow: want none, got $(head -c 300 "$tmp/out")"

# config check knows the key and refuses a bad pattern with its line
"$zd" config check "$tmp/allow.yaml" >"$tmp/out" 2>&1 || fail "config check refuses scan.allow: $(cat "$tmp/out")"
printf 'scan:\n  allow:\n    - ok\n    - "re:(unclosed"\n' > "$tmp/bad.yaml"
"$zd" config check "$tmp/bad.yaml" >"$tmp/out" 2>&1
[ $? -eq 1 ] || fail "config check accepts a pattern that does not compile"
grep -q "bad.yaml:4" "$tmp/out" || fail "the bad pattern's line is not named: $(cat "$tmp/out")"
printf 'scan:\n  allow: 555-2671\n' > "$tmp/bad2.yaml"
"$zd" config check "$tmp/bad2.yaml" >"$tmp/out" 2>&1
grep -q "must be a list" "$tmp/out" || fail "scan.allow as one value is accepted: $(cat "$tmp/out")"
[ $status -eq 0 ] && echo ok
exit $status
