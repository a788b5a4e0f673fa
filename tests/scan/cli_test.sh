#!/bin/sh
# SPDX-License-Identifier: MIT
# cli_test.sh — `zdaudit scan` end to end: exit codes (0 nothing, 2 found,
# 3 snapshot content not scanned, 1 error), valid JSON with the contract's keys, offsets in the input as
# given, and no raw value anywhere unless --show-values.
#   cli_test.sh ZDAUDIT TESTDIR
set -u
zd=$1
dir=$2
fx=$dir/fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
check_rc() { # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit $2, expected $1"
}
absent() { # file string
  if grep -qF -- "$2" "$1"; then fail "'$2' leaked into $1"; fi
}
present() {
  grep -qF -- "$2" "$1" || fail "'$2' missing from $1"
}
json_ok() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1]));
assert set(d) == {"findings", "summary"}, d.keys()
for f in d["findings"]:
    assert {"type","start","end","confidence","masked","source"} <= set(f), f
    assert 0 <= f["confidence"] <= 1 and f["start"] < f["end"]' "$1" ||
    fail "$1 is not the scan JSON contract"
}

ssn=123-45-6788
tok=6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv
printf 'Patient SSN %s\nzendesk token %s\npassword = "hunter2!x"\n' "$ssn" "$tok" > "$tmp/in.txt"
printf 'Nothing to see here.\n' > "$tmp/clean.txt"

"$zd" scan --help > "$tmp/help" 2>&1; check_rc 0 $? "--help"
present "$tmp/help" "--show-values"

"$zd" scan -q "$tmp/clean.txt" > "$tmp/out" 2>&1; check_rc 0 $? "clean file"
"$zd" scan -q "$tmp/in.txt" > "$tmp/out.txt" 2>&1; check_rc 2 $? "text findings"
present "$tmp/out.txt" "***-**-6788"
absent "$tmp/out.txt" "$ssn"; absent "$tmp/out.txt" "$tok"; absent "$tmp/out.txt" "hunter2"

"$zd" scan -q --format json "$tmp/in.txt" > "$tmp/out.json" 2>"$tmp/err"
check_rc 2 $? "json findings"
json_ok "$tmp/out.json"
absent "$tmp/out.json" "$ssn"; absent "$tmp/out.json" "$tok"; absent "$tmp/out.json" "hunter2"
absent "$tmp/err" "$ssn"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); t=open(sys.argv[2],"rb").read()
f=[x for x in d["findings"] if x["type"]=="US_SSN"][0]
assert t[f["start"]:f["end"]]==b"123-45-6788", f
assert d["summary"]["findings"]==3 and d["summary"]["by_type"]["ZENDESK_API_TOKEN"]==1, d["summary"]' \
  "$tmp/out.json" "$tmp/in.txt" || fail "JSON offsets or summary wrong"

"$zd" scan -q --show-values --format json "$tmp/in.txt" > "$tmp/show.json"
check_rc 2 $? "--show-values"
present "$tmp/show.json" "$ssn"; present "$tmp/show.json" "$tok"

# --allow: the organisation's own details are dropped, the rest stays
printf 'Call us at (415) 253-2671 or write to Acme Clinic, 1200 Harbor Blvd, Oakland, CA 94607.\nPatient SSN 123-45-6788\n' > "$tmp/org.txt"
printf '# our public details\n(415) 253-2671\n  1200 Harbor Blvd, Oakland, CA 94607  \nre:acme [a-z]+\n' > "$tmp/allow.txt"
"$zd" scan -q --format json "$tmp/org.txt" > "$tmp/noallow.json"; check_rc 2 $? "without --allow"
grep -q PHONE_NUMBER "$tmp/noallow.json" || fail "the phone is found without --allow"
"$zd" scan -q --format json --allow "$tmp/allow.txt" "$tmp/org.txt" > "$tmp/allow.json"
check_rc 2 $? "--allow"
json_ok "$tmp/allow.json"
python3 -c 'import json,sys; t=[f["type"] for f in json.load(open(sys.argv[1]))["findings"]]
assert t == ["US_SSN"], t' "$tmp/allow.json" || fail "--allow drops only the allowed values"
printf 're:(unclosed\n' > "$tmp/badallow.txt"
"$zd" scan --allow "$tmp/badallow.txt" "$tmp/org.txt" > /dev/null 2>&1; check_rc 1 $? "bad --allow pattern"
"$zd" scan --allow "$tmp/nope.txt" "$tmp/org.txt" > /dev/null 2>&1; check_rc 1 $? "missing --allow file"

# sample data is still found but says so; --explain names a PHI cue
printf 'Example HL7 message:\nPID|1||1234567^^^ACME^MR||DOE^JANE||19800101|F||||||||S||636-35-9906\nPatient SSN 123-45-6788, seen by Dr. Rizzo on May 5, 2023\n' > "$tmp/sample.txt"
"$zd" scan -q --format json --explain "$tmp/sample.txt" > "$tmp/sample.json"; check_rc 2 $? "sample data"
json_ok "$tmp/sample.json"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"]
s=[x for x in f if x.get("sample")]
assert [x["type"] for x in s] == ["US_SSN"] and s[0]["start"] < 80, f
assert not any(x.get("sample") for x in f if x["start"] > 80), f
n=[x for x in f if x["type"] == "PERSON_NAME"]
assert n and "title" in n[0]["cue"], n
d=[x for x in f if x["type"] == "DATE"]
assert d and "care or person word" in d[0]["cue"], d' "$tmp/sample.json" ||
  fail "sample data is marked and --explain names the PHI cue"
"$zd" scan -q "$tmp/sample.txt" | grep -q "looks like sample data" || fail "text output marks sample data"
# --explain names each new name cue: one name alone, a list, lower case after a relative,
# a list after a label naming a team
printf 'I told Lucie that.\nWe saw Becker, Kreiger and Wuckert.\nhis daughter emily pottinger called.\nCare team: Hand, Stark.\n' > "$tmp/names.txt"
"$zd" scan -q --format json --explain "$tmp/names.txt" > "$tmp/names.json"; check_rc 2 $? "names --explain"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"]
c=[x.get("cue", "") for x in f if x["type"] == "PERSON_NAME"]
assert len(c) == 7, c
assert "alone" in c[0] and all("list of surnames" in x for x in c[1:4]) and "relative" in c[4], c
assert all("naming a team" in x for x in c[5:7]), c' \
  "$tmp/names.json" || fail "--explain names the lone-name, list, relative and team cues"
# --explain says which nearby words raised or lowered a confidence: "ssn"
# for, "order" against on its line; without --explain, no such fields
printf 'SSN 212-45-6788\nthe order 212-45-6788 shipped\n' > "$tmp/ctx.txt"
"$zd" scan -q --format json --explain --threshold 0.01 "$tmp/ctx.txt" > "$tmp/ctx.json"; check_rc 2 $? "context --explain"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"]
assert [(x["type"], x.get("context_for"), x.get("context_against")) for x in f] == \
  [("US_SSN", "ssn", None), ("US_SSN", "ssn", "order")], f
assert f[0]["confidence"] > f[1]["confidence"], f' "$tmp/ctx.json" ||
  fail "--explain names the context words for and against"
"$zd" scan -q --explain --threshold 0.01 "$tmp/ctx.txt" | grep -q 'lowered by "order" on its line' ||
  fail "text --explain says what lowered a confidence"
"$zd" scan -q --format json --threshold 0.01 "$tmp/ctx.txt" | grep -q context_ &&
  fail "context words without --explain"

# stdin, -o, --types, --threshold
"$zd" scan -q --format json --types US_SSN -o "$tmp/o.json" - < "$tmp/in.txt"
check_rc 2 $? "stdin with -o"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [f["type"] for f in d["findings"]]==["US_SSN"], d' \
  "$tmp/o.json" || fail "--types"
"$zd" scan -q --threshold 1 "$tmp/in.txt" > /dev/null; check_rc 0 $? "--threshold 1"

# A file is scanned in place (mapped), a pipe is read: same findings,
# offsets and lines over several windows.
python3 -c 'import sys
items = ["SSN 123-45-6788", "call (415) 555-2671", "MRN: 0012345",
         "jane.doe@example.org", "Dear Mr. Alan Grant,", "card 4111111111111111"]
with open(sys.argv[1], "w") as f:
    for i in range(60000):
        f.write("Line %d of the export, about the refill. %s\n" % (i, items[i % 6] if i % 7 == 0 else ""))' \
  "$tmp/big.txt"
"$zd" scan -q --format json "$tmp/big.txt" > "$tmp/big-map.json"; check_rc 2 $? "big file"
cat "$tmp/big.txt" | "$zd" scan -q --format json - > "$tmp/big-pipe.json"
check_rc 2 $? "big file piped"
python3 -c 'import json,sys
a, b = (json.load(open(p))["findings"] for p in sys.argv[1:3])
key = lambda f: (f["type"], f["start"], f["end"], f["source"]["line"])
assert len(a) > 5000 and list(map(key, a)) == list(map(key, b)), (len(a), len(b))' \
  "$tmp/big-map.json" "$tmp/big-pipe.json" || fail "mapped file and pipe disagree"

# errors
"$zd" scan -q "$tmp/missing.txt" > /dev/null 2>"$tmp/err"; check_rc 1 $? "missing file"
present "$tmp/err" "missing.txt"
"$zd" scan --threshold 2 "$tmp/in.txt" > /dev/null 2>&1; check_rc 1 $? "bad threshold"
"$zd" scan --types NOPE "$tmp/in.txt" > /dev/null 2>&1; check_rc 1 $? "bad type"
"$zd" scan --format xml "$tmp/in.txt" > /dev/null 2>&1; check_rc 1 $? "bad format"
"$zd" scan --bogus > /dev/null 2>&1; check_rc 1 $? "unknown option"

# empty and binary input
: > "$tmp/empty"; "$zd" scan -q "$tmp/empty" > /dev/null; check_rc 0 $? "empty input"
head -c 300000 /dev/urandom > "$tmp/bin"; printf ' SSN %s ' "$ssn" >> "$tmp/bin"
"$zd" scan -q --format json "$tmp/bin" > "$tmp/bin.json"; rc=$?
[ $rc = 2 ] || [ $rc = 0 ] || fail "binary input: exit $rc"
json_ok "$tmp/bin.json"; absent "$tmp/bin.json" "$ssn"

# HTML: offsets in the original HTML
printf '<p>SSN: 123-<b>45</b>-6788</p>' > "$tmp/a.html"
"$zd" scan -q --format json "$tmp/a.html" > "$tmp/html.json"; check_rc 2 $? "html"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"][0]
assert (f["start"], f["end"]) == (8, 26) and f["masked"] == "***-**-6788", f' "$tmp/html.json" ||
  fail "HTML offsets"
# page source a reader does not see is scanned, and the finding names where it was (#11 item 14)
printf '<p>Hi</p><!-- SSN: 123-45-6788 -->' > "$tmp/c.html"
"$zd" scan -q --format json "$tmp/c.html" > "$tmp/c.json"; check_rc 2 $? "html comment"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"][0]
assert f["start"] == 19 and f["source"]["part"] == "comment", f' "$tmp/c.json" ||
  fail "HTML comment finding and its part"
"$zd" scan -q "$tmp/c.html" > "$tmp/c.txt"; present "$tmp/c.txt" "(page source: comment)"
"$zd" scan -q --format json "$tmp/a.html" | grep -q '"part"' && fail "visible text names a part"

# NDJSON: line, id, field
"$zd" scan -q --format json "$fx/sample.ndjson" > "$tmp/nd.json"; check_rc 2 $? "ndjson"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"][0]
assert f["source"]["line"] == 2 and f["source"]["id"] == 1002, f
assert f["source"]["field"] == "comments[0].body", f' "$tmp/nd.json" || fail "NDJSON source"
absent "$tmp/nd.json" "$ssn"

# snapshot: article body (HTML), macro, tag; refused endpoint warned about
"$zd" scan --format json --snapshot "$fx/snap" > "$tmp/snap.json" 2>"$tmp/snap.err"
check_rc 2 $? "snapshot"
json_ok "$tmp/snap.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["findings"]
got = {(f["source"]["endpoint"], str(f["source"].get("id", f["source"].get("index"))), f["source"]["field"], f["type"]) for f in d}
want = {("hc_articles", "360002", "body", "US_SSN"), ("hc_articles", "360002", "body", "DATE"),
        ("macros", "901", "actions[1].value", "PHONE_NUMBER"), ("tags", "1", "name", "MEDICAL_RECORD_NUMBER")}
assert got == want, got' "$tmp/snap.json" || fail "snapshot findings"
present "$tmp/snap.err" "community_posts"
absent "$tmp/snap.json" "1234567"; absent "$tmp/snap.json" "Refill requests"
"$zd" scan --snapshot "$tmp/nowhere" > /dev/null 2>&1; check_rc 1 $? "missing snapshot"

# a snapshot whose content endpoints all failed: "nothing found" is not clean (exit 3), and the
# run names what it did not scan, even with -q (#19: scan --snapshot certified unread content)
mkdir -p "$tmp/failed" && cp "$fx/snap/manifest.json" "$tmp/failed/"
python3 - "$tmp/failed/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
for v in m["endpoints"].values():
    v.update({"outcome": "http_error", "http_status": 404, "error": "Not Found", "file": None})
json.dump(m, open(sys.argv[1], "w"))
PY
"$zd" scan --format json --snapshot "$tmp/failed" > "$tmp/failed.json" 2>"$tmp/failed.err"
check_rc 3 $? "snapshot with failed content endpoints"
present "$tmp/failed.err" "incomplete: 8 content endpoints not scanned (hc_articles, community_posts"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]
assert s["findings"] == 0 and s["bytes"] == 0 and len(s["not_scanned"]) == 8, s' "$tmp/failed.json" ||
  fail "summary of an incomplete snapshot scan"
"$zd" scan -q --snapshot "$tmp/failed" > /dev/null 2>"$tmp/failedq.err"
check_rc 3 $? "incomplete snapshot, -q"
present "$tmp/failedq.err" "incomplete: 8 content endpoints"
# a complete snapshot: every content endpoint scanned, the bytes read counted
"$zd" scan --format json --snapshot "$dir/../../examples/clinic" > "$tmp/clinic.json" 2>"$tmp/clinic.err"
check_rc 2 $? "example snapshot"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]
assert s["not_scanned"] == [] and s["bytes"] > 1000 and s["inputs"] == 8, s' "$tmp/clinic.json" ||
  fail "summary of a complete snapshot scan"
absent "$tmp/clinic.err" "incomplete"

[ $fails = 0 ] && echo "cli: all passed"
exit $fails
