#!/bin/sh
# SPDX-License-Identifier: MIT
# triage.sh ZDAUDIT SNAPSHOT CONTROLS — severity and root causes (issue #18):
# (1) every result of the example carries a severity word, in JSON, CSV and JUnit;
# (2) the root causes, derived from the evidence, hold the 2FA group (ZD.GEN.11.2,
#     ZD.GEN.11.6, ZD.SUP.1, ZD.SUP.1.1, ZD.SUP.3) and every format shows them;
# (3) "Needs action" is ordered most severe first;
# (4) controls/lib/severity.lua is strict: an unknown ID, a bad word or an unlisted
#     control is refused with the file named.
set -u
zdaudit=$1 snap=$2 controls=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
"$zdaudit" assess -q --snapshot "$snap" --format json > "$tmp/r.json"
python3 - "$tmp/r.json" <<'PY' || status=1
import json, sys
d = json.load(open(sys.argv[1]))
bad = [r["id"] for r in d["results"] if r.get("severity") not in ("critical", "high", "medium", "low")]
if bad: print("FAIL: results without a severity:", bad[:5]); sys.exit(1)
want = {"ZD.GEN.11.2", "ZD.GEN.11.6", "ZD.SUP.1", "ZD.SUP.1.1", "ZD.SUP.3"}
two_fa = [c for c in d["root_causes"] if c.get("path", "").endswith("two_factor_enforce")]
if not two_fa or set(two_fa[0]["controls"]) != want:
    print("FAIL: no 2FA root cause with", sorted(want), "got", [c["controls"] for c in d["root_causes"]]); sys.exit(1)
if not set(two_fa[0]["resolves"]) <= want or "ZD.SUP.1.1" not in two_fa[0]["resolves"]:
    print("FAIL: 2FA resolves", two_fa[0]["resolves"]); sys.exit(1)
api = [c for c in d["root_causes"] if c.get("path", "").endswith("api_password_access")]
if not api or not {"ZD.GEN.11.5", "ZD.SUP.4.3"} <= set(api[0]["controls"]):
    print("FAIL: no API password-access root cause"); sys.exit(1)
for c in d["root_causes"]:
    if len(c["controls"]) < 2: print("FAIL: a root cause of one control"); sys.exit(1)
PY
"$zdaudit" assess -q --snapshot "$snap" --format csv > "$tmp/r.csv"
python3 - "$tmp/r.csv" <<'PY' || status=1
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["area"] != "advisory"]
if len(rows) != 135 or any(r["severity"] not in ("critical", "high", "medium", "low") for r in rows):
    print("FAIL: CSV severity column"); sys.exit(1)
PY
"$zdaudit" assess -q --snapshot "$snap" --format junit > "$tmp/r.xml"
n=$(grep -c '<property name="severity"' "$tmp/r.xml")
adv=$(grep -c 'classname="zdaudit.advisory"' "$tmp/r.xml")
[ "$n" -eq $((135 + adv)) ] || fail "JUnit: $n severity properties, want 135 + $adv advisory"
"$zdaudit" assess -q --snapshot "$snap" > "$tmp/r.txt"
grep -q '^Fix first' "$tmp/r.txt" || fail "text: no 'Fix first' section"
grep -q 'ZD.GEN.11.2, ZD.GEN.11.6, ZD.SUP.1, ZD.SUP.1.1, ZD.SUP.3' "$tmp/r.txt" ||
  fail "text: the 2FA group is not listed"
# Needs action: severity words never get less severe going down.
sed -n '/^Needs action/,/^$/p' "$tmp/r.txt" | awk '
  NR > 1 && NF { r = ($1 == "critical") ? 0 : ($1 == "high") ? 1 : ($1 == "medium") ? 2 : 3
                 if (r < last) { print "FAIL: Needs action out of order at " $3; bad = 1 }
                 last = r; n++ }
  END { if (n < 10) { print "FAIL: Needs action has " n " lines"; bad = 1 } exit bad }' || status=1
for f in html markdown; do
  "$zdaudit" assess -q --snapshot "$snap" --format $f > "$tmp/r.$f"
  grep -q 'Fix first' "$tmp/r.$f" || fail "$f: no 'Fix first' section"
  grep -q 'two_factor_enforce\|two\\_factor\\_enforce' "$tmp/r.$f" || fail "$f: 2FA cause missing"
done
"$zdaudit" assess -q --snapshot "$snap" --action-plan "$tmp/plan.csv" -o "$tmp/x.txt"
head -2 "$tmp/plan.csv" | tail -1 | grep -q ',critical,' || fail "action plan does not start with a critical control"
grep -q 'two_factor_enforce' "$tmp/plan.csv" || fail "action plan: no root_cause column content"

# (4) strict table
cp -r "$controls" "$tmp/c"
sev="$tmp/c/lib/severity.lua"
sed 's/\["ZD.SUP.5"\] = "critical"/["ZD.SUP.5"] = "urgent"/' "$controls/lib/severity.lua" > "$sev"
"$zdaudit" controls --controls-dir "$tmp/c" > /dev/null 2> "$tmp/e" && fail "a bad severity word was accepted"
grep -q 'severity.lua.*ZD.SUP.5' "$tmp/e" || fail "bad word: $(cat "$tmp/e")"
sed 's/\["ZD.SUP.5"\] = "critical"/["ZD.NOPE.5"] = "critical"/' "$controls/lib/severity.lua" > "$sev"
"$zdaudit" controls --controls-dir "$tmp/c" > /dev/null 2> "$tmp/e" && fail "an unknown ID was accepted"
grep -q "unknown control 'ZD.NOPE.5'" "$tmp/e" || fail "unknown ID: $(cat "$tmp/e")"
grep -v '"ZD.SUP.5"' "$controls/lib/severity.lua" > "$sev"
"$zdaudit" controls --controls-dir "$tmp/c" > /dev/null 2> "$tmp/e" && fail "an unlisted control was accepted"
grep -q "'ZD.SUP.5' has no severity" "$tmp/e" || fail "unlisted: $(cat "$tmp/e")"
exit $status
