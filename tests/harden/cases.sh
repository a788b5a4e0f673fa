#!/bin/sh
# cases.sh — regressions of the adversarial review (#11, #18 item 13), one
# case per run: each sets up the hostile input, runs zdaudit and checks
# both what it says and what it leaves on disk.
# usage: cases.sh ZDAUDIT SOURCE_DIR CASE
set -u
. "$(dirname "$0")/../lib/case.sh"
# no_raw_controls FILE...: no byte below 0x20 but LF (and TAB), nor DEL
no_raw_controls() {
  for f in "$@"; do
    if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$f"; then
      fail "$f holds a raw control character: $(LC_ALL=C grep -n "$(printf '[\001-\010\013-\037\177]')" "$f" | head -3 | od -c | head -5)"
    fi
  done
}
no_temp_left() {
  left=$(find "$1" -name '*.tmp.*' | head -3)
  [ -z "$left" ] || fail "temporary files left behind: $left"
}
# A copy of the example with every name, title and subdomain full of ESC,
# CR, BEL and a C1 CSI: a trigger titled "\e]0;pwned\a\e[2J", say.
hostile_snapshot() {
  python3 - "$ex" "$1" <<'PY'
import json, os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
shutil.copytree(src, dst)
evil = "\x1b]0;pwned\x07\x1b[2J\rOVERWRITE\x9b31m\u202e"
def walk(v):
    if isinstance(v, dict):
        return {k: (x + evil if k in ("title", "name", "subdomain", "description",
                                      "owner", "statement") and isinstance(x, str)
                    else walk(x)) for k, x in v.items()}
    if isinstance(v, list):
        return [walk(x) for x in v]
    return v
for f in os.listdir(dst):
    if f.endswith(".json"):
        p = os.path.join(dst, f)
        d = walk(json.load(open(p)))
        json.dump(d, open(p, "w"), ensure_ascii=False)
PY
}

case $name in
terminal-escapes)
  # Text report (plain and verbose), markdown, action plan and every
  # message on stderr: no control byte acts on the terminal.
  hostile_snapshot "$tmp/snap"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" -v --action-plan "$tmp/plan.csv"
  cp "$tmp/out" "$tmp/text.txt"; cp "$tmp/err" "$tmp/text.err"
  grep -q 'pwned' "$tmp/text.txt" || fail "hostile names missing from the report"
  grep -q '\\x1b\]0;pwned\\x07\\x1b\[2J\\x0dOVERWRITE\\u009b31m\\u202e' "$tmp/text.txt" ||
    fail "control characters not shown as \\xNN: $(grep -m1 pwned "$tmp/text.txt")"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format markdown -o "$tmp/r.md"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format csv -o "$tmp/r.csv"
  # messages quoting hostile text: a control id given on the command line
  expect_rc 1 "$zd" explain "$(printf 'ZD.\033[2J\rX')"
  cp "$tmp/err" "$tmp/explain.err"
  no_raw_controls "$tmp/text.txt" "$tmp/text.err" "$tmp/r.md" "$tmp/explain.err"
  # CSV cells keep line feeds (quoted) but never CR alone or ESC
  tr -d '\r' < "$tmp/plan.csv" > "$tmp/plan.lf"; no_raw_controls "$tmp/plan.lf"
  tr -d '\r' < "$tmp/r.csv" > "$tmp/r.lf"; no_raw_controls "$tmp/r.lf"
  grep -q 'pwned' "$tmp/plan.csv" || fail "hostile title missing from the action plan"
  ;;
csv-controls)
  # A CR inside a CSV cell is shown, not kept: only the row ends are CRLF.
  hostile_snapshot "$tmp/snap"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format csv -o "$tmp/r.csv"
  python3 - "$tmp/r.csv" <<'PY' || fail "CSV carries a raw CR or ESC inside a cell"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert any("pwned" in c for r in rows for c in r)
for r in rows:
    for c in r:
        assert "\r" not in c and "\x1b" not in c and "\x07" not in c, c[:80]
PY
  ;;
output-nonregular)
  # -o onto a FIFO or a symlink to /dev/null writes in place: the FIFO
  # stays a FIFO (its reader gets the report), the link stays a link.
  mkfifo "$tmp/fifo"
  timeout 30 cat "$tmp/fifo" > "$tmp/got" &
  reader=$!
  expect_rc 2 "$zd" assess --snapshot "$ex" -o "$tmp/fifo"
  wait $reader
  [ -p "$tmp/fifo" ] || fail "the FIFO was replaced by a regular file"
  grep -q 'Summary:' "$tmp/got" || fail "the FIFO's reader got no report"
  ln -s /dev/null "$tmp/null"
  expect_rc 2 "$zd" assess --snapshot "$ex" -o "$tmp/null"
  [ -L "$tmp/null" ] && [ "$(readlink "$tmp/null")" = /dev/null ] ||
    fail "the symlink to /dev/null was replaced"
  # a symlink to a regular file: the target is replaced, the link kept
  echo old > "$tmp/target.txt"
  ln -s target.txt "$tmp/link.txt"
  expect_rc 2 "$zd" assess --snapshot "$ex" -o "$tmp/link.txt"
  [ -L "$tmp/link.txt" ] || fail "the symlink to a file was replaced"
  grep -q 'Summary:' "$tmp/target.txt" || fail "the link's target was not written"
  expect_rc 1 "$zd" assess --snapshot "$ex" -o "$tmp"
  no_temp_left "$tmp"
  ;;
output-planted-symlink)
  # FILE.tmp.PID planted as a symlink (a guessed PID) is never followed:
  # neither by -o nor by attest.
  echo precious > "$tmp/victim"
  cat > "$tmp/plant.sh" <<'SH'
# plants FILE.tmp.$$ -> victim, then becomes the command (same PID)
ln -s "$2" "$1.tmp.$$"
shift 2
exec "$@"
SH
  expect_rc 2 sh "$tmp/plant.sh" "$tmp/report.txt" "$tmp/victim" "$zd" assess --snapshot "$ex" -o "$tmp/report.txt"
  [ "$(cat "$tmp/victim")" = precious ] || fail "-o wrote through a planted symlink"
  grep -q 'Summary:' "$tmp/report.txt" || fail "no report written"
  expect_rc 0 sh "$tmp/plant.sh" "$tmp/z.yaml" "$tmp/victim" "$zd" attest ZD.SUP.6 --owner O --statement S --config "$tmp/z.yaml"
  [ "$(cat "$tmp/victim")" = precious ] || fail "attest wrote through a planted symlink"
  grep -q 'ZD.SUP.6' "$tmp/z.yaml" || fail "attestation not recorded"
  ;;
fifo-inputs)
  # A FIFO (nobody writing) as any input file is refused at once, never
  # waited on: --config, report --results, attest --config,
  # --credentials-file, a snapshot file.
  mkfifo "$tmp/fifo"
  chmod 600 "$tmp/fifo"
  expect_rc 1 timeout 20 "$zd" assess --snapshot "$ex" --config "$tmp/fifo"
  stderr_has "not a regular file"
  expect_rc 1 timeout 20 "$zd" report --results "$tmp/fifo"
  stderr_has "not a regular file"
  expect_rc 1 timeout 20 "$zd" attest ZD.SUP.6 --owner O --statement S --config "$tmp/fifo"
  stderr_has "not a regular file"
  expect_rc 1 timeout 20 "$zd" collect --subdomain x --credentials-file "$tmp/fifo" -o "$tmp/s"
  stderr_has "not a regular file"
  cp -r "$ex" "$tmp/snap"
  rm "$tmp/snap/tags.json"; mkfifo "$tmp/snap/tags.json"
  # a bad endpoint file: its controls are `error`, the rest decided
  expect_rc 2 timeout 20 "$zd" assess --snapshot "$tmp/snap"
  stderr_has "tags.json: not a regular file"
  rm "$tmp/snap/manifest.json"; mkfifo "$tmp/snap/manifest.json"
  expect_rc 1 timeout 20 "$zd" assess --snapshot "$tmp/snap"
  ;;
snapshot-symlink-out)
  # An endpoint file that is a symlink out of the snapshot is refused; one
  # inside it is read.
  cp -r "$ex" "$tmp/snap"
  mv "$tmp/snap/tags.json" "$tmp/outside.json"
  ln -s ../outside.json "$tmp/snap/tags.json"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap" --format json -o "$tmp/r.json"
  stderr_has "leads out of the snapshot"
  grep -q '"ZD.WFM.2"' "$tmp/r.json" || fail "no result for ZD.WFM.2"
  python3 - "$tmp/r.json" <<'PY' || fail "the tags control read a file outside the snapshot"
import json, sys
r = {x["id"]: x for x in json.load(open(sys.argv[1]))["results"]}
assert r["ZD.WFM.2"]["status"] == "error", r["ZD.WFM.2"]["status"]
assert "leads out of the snapshot" in r["ZD.WFM.2"]["details"]
PY
  rm "$tmp/snap/tags.json"; mkdir "$tmp/snap/sub"
  mv "$tmp/outside.json" "$tmp/snap/sub/tags.json"
  ln -s sub/tags.json "$tmp/snap/tags.json"
  expect_rc 2 "$zd" assess --snapshot "$tmp/snap"
  ;;
attest-concurrent)
  # Two attest runs at once, 50 rounds: every entry is in the file.
  i=1
  while [ $i -le 50 ]; do
    "$zd" attest ZD.SUP.6 --owner "A $i" --statement "a$i" --config "$tmp/c.yaml" 2>>"$tmp/e1" &
    a=$!
    "$zd" attest ZD.SUP.6 --owner "B $i" --statement "b$i" --config "$tmp/c.yaml" 2>>"$tmp/e2" &
    b=$!
    wait $a || fail "round $i: first attest failed: $(tail -1 "$tmp/e1")"
    wait $b || fail "round $i: second attest failed: $(tail -1 "$tmp/e2")"
    i=$((i + 1))
  done
  n=$(grep -c 'control: "ZD.SUP.6"' "$tmp/c.yaml")
  [ "$n" -eq 100 ] || fail "$n of 100 attestations in the file"
  expect_rc 2 "$zd" assess --snapshot "$ex" --config "$tmp/c.yaml" --format json -o "$tmp/r.json"
  no_temp_left "$tmp"
  ;;
attest-readonly)
  # A read-only config is refused, left as it was (not replaced by rename).
  printf 'attestations: []\n' > "$tmp/ro.yaml"
  chmod 444 "$tmp/ro.yaml"
  expect_rc 1 "$zd" attest ZD.SUP.6 --owner O --statement S --config "$tmp/ro.yaml"
  stderr_has "read-only"
  [ "$(cat "$tmp/ro.yaml")" = "attestations: []" ] || fail "the read-only file changed"
  [ "$(stat -c %a "$tmp/ro.yaml")" = 444 ] || fail "its mode changed"
  ;;
attest-leading-space)
  # A value the config reader would not read back as given (leading white
  # space) is refused with a message that says so; nothing is written.
  expect_rc 1 "$zd" attest ZD.SUP.6 --owner "  Dana" --statement S --config "$tmp/c.yaml"
  stderr_has "owner (--owner) begins with white space"
  [ ! -e "$tmp/c.yaml" ] || fail "a file was written"
  expect_rc 1 "$zd" attest ZD.SUP.6 --owner Dana --statement " S" --config "$tmp/c.yaml"
  stderr_has "statement (--statement) begins with white space"
  expect_rc 0 "$zd" attest ZD.SUP.6 --owner "Dana Whitfield " --statement "S  ok" --config "$tmp/c.yaml"
  grep -q 'owner: "Dana Whitfield "' "$tmp/c.yaml" || fail "inner/trailing spaces not kept"
  ;;
yaml-deep)
  # 100,000 levels of flow or block nesting are refused at once (libyaml
  # alone takes minutes), with the line; 16 levels of a parameter are not.
  python3 -c "
n = 100000
open('$tmp/d1.yaml', 'w').write('parameters:\n  x: ' + '[' * n + ']' * n + '\n')
open('$tmp/d2.yaml', 'w').write('parameters:\n  x: ' + '{a: ' * n + '1' + '}' * n + '\n')
open('$tmp/d3.yaml', 'w').write('parameters:\n' + ''.join('  ' * (i + 1) + 'k%d:\n' % i for i in range(1000)))
"
  for f in d1 d2 d3; do
    start=$(date +%s)
    expect_rc 1 timeout 20 "$zd" assess --snapshot "$ex" --config "$tmp/$f.yaml"
    stderr_has "nested deeper than"
    [ $(( $(date +%s) - start )) -le 5 ] || fail "$f took more than 5 s"
    expect_rc 1 timeout 20 "$zd" attest ZD.SUP.6 --owner O --statement S --config "$tmp/$f.yaml"
    stderr_has "nested deeper than"
  done
  printf 'parameters:\n  x: %s1%s\n' "$(printf '[%.0s' $(seq 16))" "$(printf ']%.0s' $(seq 16))" > "$tmp/ok.yaml"
  expect_rc 1 "$zd" assess --snapshot "$ex" --config "$tmp/ok.yaml"
  stderr_has "unknown parameter 'x'"
  ;;
secrets-in-errors)
  # Values glued to unknown options, bare secret-looking arguments, lines
  # of a credentials file and lines of a file posing as the config never
  # reach the error message.
  sec=SECRETabc123456789xyzDEF
  for cmd in assess collect doctor config scan report attest controls explain; do
    expect_rc 1 "$zd" $cmd --token=$sec
    stderr_has "unknown option '--token'"
    expect_rc 1 "$zd" $cmd -Z$sec
    grep -q "$sec" "$tmp/err" && fail "$cmd echoed the value of -Z: $(cat "$tmp/err")"
  done
  expect_rc 1 "$zd" assess --snapshot "$ex" $sec
  grep -q "$sec" "$tmp/err" && fail "assess echoed a bare secret: $(cat "$tmp/err")"
  for cmd in collect doctor; do
    expect_rc 1 "$zd" $cmd --subdomain x $sec
    grep -q "$sec" "$tmp/err" && fail "$cmd echoed a bare secret: $(cat "$tmp/err")"
    stderr_has "credentials are never taken from the command line"
  done
  expect_rc 1 "$zd" $sec
  grep -q "$sec" "$tmp/err" && fail "an unknown command echoed a secret"
  # a base64 credentials line (user:password) and a misspelt key
  printf 'ZENDESK_OAUTH_TOKEN=abcdefgh12345678\nQWxhZGRpbjpvcGVuIHNlc2FtZQ==\n' > "$tmp/cred"
  chmod 600 "$tmp/cred"
  expect_rc 1 "$zd" collect --subdomain x --credentials-file "$tmp/cred" -o "$tmp/s"
  grep -q 'QWxhZGRp' "$tmp/err" && fail "a credentials line was echoed: $(cat "$tmp/err")"
  stderr_has "cred:2: unknown key"
  printf 'ZENDESK_OAUTH_TOKN=abc\n' > "$tmp/cred"
  expect_rc 1 "$zd" collect --subdomain x --credentials-file "$tmp/cred" -o "$tmp/s"
  stderr_has "unknown key 'ZENDESK_OAUTH_TOKN'"
  # a config that is a symlink to a shadow-like file
  printf 'root:$y$j9T$abcdEFGH1234$Zz9secretHASHvalue0123456789:19700:0:99999:7:::\n' > "$tmp/shadow"
  ln -s shadow "$tmp/cfg.yaml"
  expect_rc 1 "$zd" assess --snapshot "$ex" --config "$tmp/cfg.yaml"
  grep -q 'HASH\|j9T' "$tmp/err" && fail "a line of the file was echoed: $(cat "$tmp/err")"
  stderr_has "cfg.yaml:1: unknown key"
  expect_rc 1 "$zd" attest ZD.SUP.6 --owner O --statement S --config "$tmp/cfg.yaml"
  grep -q 'HASH\|j9T' "$tmp/err" && fail "attest echoed a line of the file: $(cat "$tmp/err")"
  # an ordinary typo is still named
  expect_rc 1 "$zd" assess --snapshto "$ex"
  stderr_has "unknown option '--snapshto'"
  ;;
scan-failed-no-output)
  # A scan that fails on one input keeps no partial report under -o.
  printf 'SSN 123-45-6788\n' > "$tmp/a.txt"
  expect_rc 1 "$zd" scan -o "$tmp/r.txt" "$tmp/a.txt" "$tmp/missing.txt"
  [ ! -e "$tmp/r.txt" ] || fail "a partial report was kept"
  no_temp_left "$tmp"
  expect_rc 2 "$zd" scan -o "$tmp/r.txt" "$tmp/a.txt"
  [ -s "$tmp/r.txt" ] || fail "no report for a good scan"
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok $name"
