#!/bin/sh
# run.sh — end-to-end tests of the zdaudit CLI: the example account, the
# JSON contract, exit codes, and bad input that must fail clearly (exit 1,
# a message naming the problem, no crash).
# usage: run.sh ZDAUDIT SOURCE_DIR TEST_NAME
set -u
. "$(dirname "$0")/../lib/case.sh"

# A snapshot copied from the example with one change made by "$@" (sh -c).
variant() {
  rm -rf "$tmp/snap"
  cp -r "$ex" "$tmp/snap"
  (cd "$tmp/snap" && sh -c "$1")
}

case $name in
example-json)
  # one result per catalog id, statuses from the contract, exit 2 (fails)
  expect_rc 2 "$zd" assess --snapshot "$ex" --format json
  python3 - "$tmp/out" "$src/tests/meta/catalog-index.md" <<'PY' || fail "JSON contract"
import json, re, sys
doc = json.load(open(sys.argv[1]))
ids = re.findall(r'^\| (ZD\.[A-Z]+\.[0-9.]+) \|', open(sys.argv[2]).read(), re.M)
assert doc["schema"] == "zdaudit/results/1"
got = [r["id"] for r in doc["results"]]
assert len(ids) == 135 and sorted(got) == sorted(ids), (len(got), len(ids))
words = {"pass","fail","manual","attested","accepted","not_applicable","error"}
assert set(doc["summary"]) == words
for r in doc["results"]:
    assert r["status"] in words, r
    for k in ("id","title","status","product","kind","responsible","seed_ref",
              "details","evidence","remediation"):
        assert k in r, (r["id"], k)
    assert isinstance(r["evidence"], list)
    if r["status"] == "fail":
        assert r["evidence"], r["id"] + " fails without evidence"
assert sum(doc["summary"].values()) == 135
for s in ("pass", "fail", "manual", "not_applicable", "error"):
    assert doc["summary"][s] > 0, s
PY
  ;;
example-text)
  expect_rc 2 "$zd" assess --snapshot "$ex"
  stdout_has "I. Zendesk Support"
  stdout_has "FAIL *ZD.SUP.5\|FAIL *ZD.SUP.1.1"
  stdout_has "^Summary:"
  grep -q "$(printf '\033')" "$tmp/out" && fail "colour in a pipe"
  # -o writes the file, nothing on stdout
  expect_rc 2 "$zd" assess --snapshot "$ex" -o "$tmp/report.txt"
  [ -s "$tmp/report.txt" ] && [ ! -s "$tmp/out" ] || fail "--output"
  ls "$tmp" | grep -q '\.tmp\.' && fail "temporary file left behind"
  ;;
security-settings-refused)
  # the acceptance rule: no ZD.SUP.1.x may pass without security_settings
  variant 'python3 - <<PY
import json
m = json.load(open("manifest.json"))
m["endpoints"]["security_settings"] = {"outcome": "http_error", "http_status": 403, "error": "Forbidden", "file": None}
json.dump(m, open("manifest.json", "w"))
PY'
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format json
  python3 - "$tmp/out" <<'PY' || fail "a ZD.SUP.1.x passed without its data"
import json, re, sys
doc = json.load(open(sys.argv[1]))
sup1 = [r for r in doc["results"] if re.match(r"ZD\.SUP\.1(\.[0-9]+)?$", r["id"])]
assert len(sup1) == 4
for r in sup1:
    assert r["status"] in ("error", "manual"), (r["id"], r["status"])
PY
  ;;
missing-snapshot)
  expect_rc 1 "$zd" assess --snapshot "$tmp/nope"
  stderr_has "snapshot directory not found"
  ;;
corrupt-json)
  # one corrupt endpoint file: the controls reading it are error, naming
  # the file and line; every other control is still decided (#18)
  variant 'head -c 150 tags.json > t && mv t tags.json'
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format json
  stderr_has "tags.json:[0-9]*: malformed JSON"
  python3 - "$tmp/out" <<'PY' || fail "corrupt tags.json"
import json, sys
doc = json.load(open(sys.argv[1]))
r = {x["id"]: x for x in doc["results"]}
assert r["ZD.WFM.2"]["status"] == "error", r["ZD.WFM.2"]
assert "tags.json:" in r["ZD.WFM.2"]["details"], r["ZD.WFM.2"]["details"]
decided = [x for x in doc["results"] if x["status"] != "error"]
assert len(decided) >= 130, len(decided)
assert r["ZD.SUP.3"]["status"] == "fail"
PY
  variant 'printf "{\"settings\": {" > account_settings.json'
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap"
  stderr_has "account_settings.json"
  stderr_has "malformed JSON"
  stdout_has "ERROR"
  variant 'echo "[1, 2" > manifest.json'
  expect_rc 1 "$zd" assess --snapshot "$tmp/snap"
  stderr_has "manifest.json"
  # no manifest at all: not a snapshot, and how to make one
  mkdir -p "$tmp/empty"
  expect_rc 1 "$zd" assess --snapshot "$tmp/empty"
  stderr_has "not a zdaudit snapshot"
  stderr_has "zdaudit collect"
  expect_rc 1 "$zd" scan --snapshot "$tmp/empty"
  stderr_has "not a zdaudit snapshot"
  ;;
max-file-size)
  # the size bound is an option, not a cliff: over it, that endpoint is
  # error and the rest is decided
  expect_rc 2 "$zd" assess --snapshot "$ex" --max-file-size 4K --format json
  stderr_has "users.json: file is [0-9]* bytes, more than the limit of 4096"
  python3 - "$tmp/out" <<'PY' || fail "--max-file-size"
import json, sys
r = {x["id"]: x for x in json.load(open(sys.argv[1]))["results"]}
assert r["ZD.GEN.11.1"]["status"] == "error" and "users.json" in r["ZD.GEN.11.1"]["details"]
assert r["ZD.SUP.3"]["status"] == "fail"
PY
  expect_rc 2 "$zd" assess --snapshot "$ex" --max-file-size 1G
  expect_rc 1 "$zd" assess --snapshot "$ex" --max-file-size 12Q
  stderr_has "wants a size in bytes"
  expect_rc 1 "$zd" scan --snapshot "$ex" --max-file-size -5
  ;;
big-endpoint-file)
  # no file-size cliff (#11, #12): a 600 MB users.json (the clinic's staff
  # plus long notes) is read and assessed like a small one
  variant 'python3 - <<PY
import json
d = json.load(open("users.json"))
pad = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20)[:1000]
n = 610000000 // (1000 * len(d["users"])) + 1
for u in d["users"]:
    u["notes"] = pad * n
with open("users.json", "w") as f:
    json.dump(d, f)
PY'
  size=$(wc -c < "$tmp/snap/users.json")
  [ "$size" -gt 600000000 ] || fail "users.json is only $size bytes"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format json
  python3 - "$tmp/out" <<'PY' || fail "600 MB users.json"
import json, sys
r = {x["id"]: x for x in json.load(open(sys.argv[1]))["results"]}
assert r["ZD.GEN.11.1"]["status"] != "error", r["ZD.GEN.11.1"]
assert r["ZD.SUP.7"]["status"] == "fail", r["ZD.SUP.7"]
PY
  ;;
manifest-missing-file)
  variant 'rm users.json'
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format json
  stderr_has "users.json"
  stderr_has "missing"
  python3 - "$tmp/out" <<'PY' || fail "missing users.json"
import json, sys
r = {x["id"]: x for x in json.load(open(sys.argv[1]))["results"]}
assert r["ZD.GEN.11.1"]["status"] == "error", r["ZD.GEN.11.1"]
assert "users.json" in r["ZD.GEN.11.1"]["details"]
PY
  variant 'python3 -c "
import json; m = json.load(open(\"manifest.json\"))
m[\"endpoints\"][\"users\"][\"file\"] = \"../../etc/passwd\"
json.dump(m, open(\"manifest.json\", \"w\"))"'
  expect_rc 1 "$zd" assess --snapshot "$tmp/snap"
  stderr_has "plain file name"
  ;;
wrong-shape)
  variant 'echo "{\"users\": {\"not\": \"a list\"}}" > users.json'
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap"
  stderr_has "expected an array"
  ;;
explain)
  expect_rc 0 "$zd" explain ZD.SUP.5
  stdout_has "Require authentication for download"
  stdout_has "How to fix"
  stdout_has "articles/4408828395802"   # the source article of the section
  # where the fix is made, from src/report/links.c
  expect_rc 0 "$zd" explain ZD.SUP.3
  stdout_has "Admin Center > Account > Security > Advanced"
  stdout_has "articles/203663706"
  expect_rc 2 "$zd" assess --snapshot "$ex" -v --status fail
  stdout_has "where: Admin Center > Account > Security > Advanced"
  expect_rc 1 "$zd" explain ZD.NOPE.1
  stderr_has "unknown control 'ZD.NOPE.1'"
  # an advisory check says it is outside the baseline, not a section of it
  expect_rc 0 "$zd" explain ADV.MAIL.1
  stdout_has "^Baseline section: none: an advisory check, outside the baseline"
  ;;
control-syntax-error)
  expect_rc 1 "$zd" assess --snapshot "$ex" --controls-dir "$src/tests/e2e/fixtures/syntax"
  stderr_has "controls/test/ZD.T.1.lua"
  ;;
control-raises)
  expect_rc 3 "$zd" assess --snapshot "$ex" --controls-dir "$src/tests/e2e/fixtures/raising" --format json
  python3 - "$tmp/out" <<'PY' || fail "raising control"
import json, sys
r = {x["id"]: x for x in json.load(open(sys.argv[1]))["results"]}
assert r["ZD.T.1"]["status"] == "error" and "boom" in r["ZD.T.1"]["details"]
assert r["ZD.T.2"]["status"] == "pass"
PY
  ;;
usage)
  expect_rc 1 "$zd"
  expect_rc 1 "$zd" frobnicate
  stderr_has "unknown command"
  expect_rc 1 "$zd" assess
  stderr_has "nothing to assess"
  expect_rc 1 "$zd" assess --snapshot "$ex" --format pdf
  stderr_has "unknown format"
  expect_rc 1 "$zd" assess --snapshot "$ex" --bogus
  stderr_has "unknown option"
  expect_rc 0 "$zd" --version
  stdout_has "^zdaudit [0-9]"
  for c in assess collect scan controls explain report attest; do
    expect_rc 0 "$zd" $c --help
    stdout_has "usage: zdaudit $c"
  done
  ;;
controls-list)
  expect_rc 0 "$zd" controls --format json
  python3 -c "
import json, sys
d = json.load(open('$tmp/out'))
assert d['count'] == 135 and len(d['controls']) == 135
# advisory checks: listed apart, their own ID prefix, never among the controls
assert d['advisory_count'] == len(d['advisory']) > 0
assert all(c['id'].startswith('ADV.') and c['area'] == 'advisory' for c in d['advisory'])
assert not any(c['id'].startswith('ADV.') for c in d['controls'])
for c in d['controls'] + d['advisory']:
    for k in ('id','title','seed_ref','product','kind','responsible','exception','remediation'):
        assert k in c, (c.get('id'), k)
" || fail "controls --format json"
  expect_rc 0 "$zd" controls
  stdout_has "135 controls"
  ;;
reproducible)
  # the same snapshot and config give byte-identical results JSON (evidence keys sorted;
  # Lua's table order is seeded randomly per run), so results can be diffed and hashed
  export ZDAUDIT_NOW=2026-11-25T10:00:00Z
  for i in 1 2 3; do
    expect_rc 2 "$zd" assess --snapshot "$ex" --config "$src/examples/zdaudit.yaml" --format json -o "$tmp/r$i.json"
  done
  cmp "$tmp/r1.json" "$tmp/r2.json" >/dev/null && cmp "$tmp/r1.json" "$tmp/r3.json" >/dev/null \
    || fail "two runs differ: $(diff "$tmp/r1.json" "$tmp/r2.json" | head -5)"
  python3 - "$tmp/r1.json" <<'PY' || fail "evidence keys not sorted"
import json, sys
# the keys a control sets (snapshot values inside keep the account's own order)
for r in json.load(open(sys.argv[1]))["results"]:
    for item in r["evidence"]:
        assert list(item) == sorted(item), (r["id"], list(item))
        if isinstance(item.get("object"), dict):
            assert list(item["object"]) == sorted(item["object"]), r["id"]
PY
  ;;
jobs)
  # content work shared out among threads (zd.scan_each: every article, every tag) gives
  # byte-identical results for any --jobs, on a generated account large enough to use them
  # (200 articles of 5-20 KB, 500 tags; #12)
  export ZDAUDIT_NOW=2026-11-25T10:00:00Z
  python3 "$src/bench/assess-corpus" --scale 0.01 "$tmp/big" >/dev/null || fail "assess-corpus"
  for j in 1 2 5; do
    expect_rc 2 "$zd" assess --snapshot "$tmp/big" --jobs $j --format json -o "$tmp/j$j.json"
  done
  cmp "$tmp/j1.json" "$tmp/j2.json" >/dev/null && cmp "$tmp/j1.json" "$tmp/j5.json" >/dev/null \
    || fail "--jobs changes the results: $(diff "$tmp/j1.json" "$tmp/j2.json" | head -5)"
  python3 - "$tmp/j1.json" <<'PY' || fail "the content controls found nothing"
import json, sys
r = {x["id"]: x for x in json.load(open(sys.argv[1]))["results"]}
assert r["ZD.GUIDE.1"]["status"] == "fail", r["ZD.GUIDE.1"]["details"]
assert len(r["ZD.GUIDE.1"]["evidence"]) > 100, len(r["ZD.GUIDE.1"]["evidence"])
PY
  expect_rc 1 "$zd" assess --snapshot "$tmp/big" --jobs 0
  stderr_has "jobs"
  ;;
advisory)
  # Advisory checks (ADV.*) are listed apart and never counted unless asked: without
  # --advisory the results, summary, root causes and exit code equal those of the controls
  # alone (a --controls-dir without controls/advisory); with --advisory they count.
  export ZDAUDIT_NOW=2026-11-25T10:00:00Z
  cp -r "$src/controls" "$tmp/noadv"
  rm -r "$tmp/noadv/advisory"
  sed -i '/"ADV\./d' "$tmp/noadv/lib/severity.lua"
  cfg="$src/examples/zdaudit.yaml"
  expect_rc 2 "$zd" assess --snapshot "$ex" --config "$cfg" --format json -o "$tmp/with.json"
  expect_rc 2 "$zd" assess --snapshot "$ex" --config "$cfg" --format json -o "$tmp/base.json" \
    --controls-dir "$tmp/noadv"
  expect_rc 2 "$zd" assess --snapshot "$ex" --config "$cfg" --format json -o "$tmp/counted.json" \
    --advisory
  python3 - "$tmp/with.json" "$tmp/base.json" "$tmp/counted.json" <<'PY' || fail "advisory checks counted"
import json, sys
w, b, c = (json.load(open(p)) for p in sys.argv[1:4])
for k in ("results", "summary", "root_causes", "baseline"):
    assert w[k] == b[k], k
assert w["advisory_counted"] is False and c["advisory_counted"] is True
adv = w["advisory"]
assert adv and all(r["id"].startswith("ADV.") and r["advisory"] is True for r in adv)
assert any(r["status"] == "fail" for r in adv), "the example shows an advisory fail"
assert sum(w["advisory_summary"].values()) == len(adv)
assert b["advisory"] == [] and sum(b["advisory_summary"].values()) == 0
# counted in, they are results too (with near misses, as every result)
strip = lambda rs: [{k: v for k, v in r.items() if k != "would_pass_with"} for r in rs]
assert strip(c["results"]) == strip(w["results"] + adv) and strip(c["advisory"]) == strip(adv)
for s, n in w["summary"].items():
    assert c["summary"][s] == n + w["advisory_summary"][s], s
PY
  # an account whose baseline has no fail, but an advisory check fails: exit 3 (errors), and
  # exit 2 only with --advisory; the text summary line is the baseline's either way
  variant 'python3 - <<"EOF"
import json
m = json.load(open("manifest.json"))
for k in m["endpoints"]:
    if k not in ("account_settings", "recipient_addresses"):
        m["endpoints"][k] = {"path": "/", "outcome": "http_error", "http_status": 403,
                             "error": "Forbidden", "file": None}
json.dump(m, open("manifest.json", "w"))
a = json.load(open("account_settings.json"))
a["settings"]["api"]["api_password_access"] = "false"
json.dump(a, open("account_settings.json", "w"))
EOF'
  expect_rc 3 "$zd" assess --snapshot "$tmp/snap" --format json -o "$tmp/v.json"
  python3 -c "
import json; d = json.load(open('$tmp/v.json'))
assert d['summary']['fail'] == 0 and d['advisory_summary']['fail'] > 0, d['summary']" \
    || fail "the variant should fail only advisory checks"
  expect_rc 3 "$zd" assess --snapshot "$tmp/snap"
  stdout_has "^Summary: .* 0 fail,"
  stdout_has "^Advisory checks (not counted):.* fail"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --advisory
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format junit --advisory
  expect_rc 3 "$zd" assess --snapshot "$tmp/snap" --format junit
  python3 -c "
import xml.etree.ElementTree as ET; r = ET.parse('$tmp/out').getroot()
assert r.get('failures') == '0', r.get('failures')
s = [t for t in r.findall('testsuite') if t.get('name').startswith('Advisory')]
assert len(s) == 1 and s[0].get('failures') == '0' and int(s[0].get('skipped')) >= 3" \
    || fail "junit: advisory checks must never fail the suite without --advisory"
  ;;
valgrind)
  # the main paths are valgrind-clean: no invalid access, no definite leak
  command -v valgrind >/dev/null || { echo "skip: no valgrind"; exit 77; }
  vg="valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99"
  expect_rc 2 $vg "$zd" assess --snapshot "$ex" --config "$src/examples/zdaudit.yaml" --format json -o "$tmp/r.json"
  for f in text html csv junit markdown; do
    expect_rc 0 $vg "$zd" report --results "$tmp/r.json" --format $f -o "$tmp/r.$f"
  done
  expect_rc 2 $vg "$zd" scan --snapshot "$ex" --format json
  expect_rc 1 $vg "$zd" assess --snapshot "$tmp/nope"
  ;;
*)
  fail "unknown test"
  ;;
esac
echo "ok $name"
