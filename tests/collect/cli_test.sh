#!/bin/sh
# SPDX-License-Identifier: MIT
# cli_test.sh — `zdaudit collect` and `zdaudit assess --subdomain` end to
# end against the emulator program: exit codes, credentials handling, no
# secret in snapshot or logs, and live assessment == assessment of the
# snapshot that collect wrote (issue #4 acceptance).
# usage: cli_test.sh ZDAUDIT ZD_EMULATOR FIXTURES_DIR
set -u
zdaudit=$1
emulator=$2
fixtures=$3
work=$(mktemp -d /tmp/zd-cli-collect.XXXXXX)
. "$(dirname "$0")/emu.sh"
failures=0
passes=0

cleanup() {
  stop_emu
  rm -rf "$work"
}
trap cleanup EXIT

ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
  d=$1; shift
  if "$@"; then ok; else bad "$d"; fi
}

start_emu '{"token": "tok-admin-8c1f4e2a9b", "agent_token": "tok-agent-5d7e3b1c0a",
 "generate": {"users": 230}}' 120
unset ZENDESK_OAUTH_TOKEN ZENDESK_OAUTH_CLIENT_ID ZENDESK_OAUTH_CLIENT_SECRET \
      ZENDESK_EMAIL ZENDESK_API_TOKEN ZENDESK_SUNCO_APP_ID ZENDESK_SUNCO_KEY_ID \
      ZENDESK_SUNCO_KEY_SECRET ZENDESK_SUBDOMAIN
export ZDAUDIT_NOW=2026-11-20T09:00:00Z

# --help, and no way to pass a credential on the command line.
"$zdaudit" collect --help >"$work/help" 2>&1
check "collect --help exits 0" [ $? -eq 0 ]
check "collect --help names --credentials-file" grep -q -- --credentials-file "$work/help"
check "collect --help states the byte budgets" grep -q -- "--max-run-bytes SIZE" "$work/help"
"$zdaudit" collect --subdomain x --base-url "$base" --max-endpoint-bytes 0 \
  -o "$work/nope" 2>"$work/err"
check "a zero byte budget is refused" [ $? -eq 1 ]
check "a bad byte budget says what it wants" grep -q "wants a size" "$work/err"
"$zdaudit" collect --subdomain x --token tok -o "$work/nope" 2>/dev/null
check "an unknown --token option is refused" [ $? -eq 1 ]
"$zdaudit" collect --subdomain x --base-url "$base" 2>"$work/err"
check "collect without --output is a usage error" [ $? -eq 1 ]

# No credentials at all.
"$zdaudit" collect --subdomain x --base-url "$base" -o "$work/nocreds" 2>"$work/err"
check "no credentials: exit 1" [ $? -eq 1 ]
check "no credentials: message names the variables" grep -q ZENDESK_OAUTH_TOKEN "$work/err"

# A credentials file readable by others is refused; 0600 is accepted.
printf 'ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b\n' >"$work/creds"
chmod 644 "$work/creds"
"$zdaudit" collect --subdomain x --base-url "$base" --credentials-file "$work/creds" \
  -o "$work/s0" 2>"$work/err"
check "0644 credentials file: exit 1" [ $? -eq 1 ]
check "0644 credentials file: says chmod 600" grep -q "chmod 600" "$work/err"
check "0644 credentials file: nothing written" [ ! -e "$work/s0" ]
chmod 600 "$work/creds"
"$zdaudit" collect --subdomain x --base-url "$base" --credentials-file "$work/creds" \
  -o "$work/s0" -q 2>"$work/err"
check "0600 credentials file: exit 0" [ $? -eq 0 ]

# Plain http to a non-loopback host is refused before any request.
ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b "$zdaudit" collect --subdomain x \
  --base-url http://example.com -o "$work/s1" 2>"$work/err"
check "http:// to a public host: exit 1" [ $? -eq 1 ]
check "http:// to a public host: says loopback" grep -q loopback "$work/err"

# Refused credentials stop the run, clearly, and write nothing.
ZENDESK_OAUTH_TOKEN=tok-wrong-000111222 "$zdaudit" collect --subdomain x \
  --base-url "$base" -o "$work/s401" 2>"$work/err"
check "401: exit 1" [ $? -eq 1 ]
check "401: says the credential was refused" grep -q "refused" "$work/err"
check "401: nothing written" [ ! -e "$work/s401" ]
check "401: the wrong token is not echoed" sh -c "! grep -q tok-wrong '$work/err'"

# The collection itself, with -v -v: no secret anywhere.
export ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b
"$zdaudit" collect --subdomain x --base-url "$base" -o "$work/snap" -v -v \
  2>"$work/collect.log"
check "collect: exit 0" [ $? -eq 0 ]
check "collect: manifest written" [ -f "$work/snap/manifest.json" ]
check "collect: -vv shows Authorization redacted" grep -q "Authorization: \[redacted\]" "$work/collect.log"
for s in tok-admin-8c1f4e2a9b PLANTED-SECRET PLNTjwt; do
  check "secret $s absent from the snapshot" sh -c "! grep -rq '$s' '$work/snap'"
  check "secret $s absent from the -vv log" sh -c "! grep -q '$s' '$work/collect.log'"
done
# Collecting again over the same directory replaces it.
"$zdaudit" collect --subdomain x --base-url "$base" -o "$work/snap" -q 2>/dev/null
check "collect into an earlier snapshot: exit 0" [ $? -eq 0 ]
check "no temporary directories left" sh -c "! ls -d '$work'/snap.* 2>/dev/null | grep -q ."

# Acceptance: live assessment == assessment of what collect wrote.
"$zdaudit" assess --snapshot "$work/snap" --format json -o "$work/a.json" -q
ra=$?
"$zdaudit" assess --subdomain x --base-url "$base" --format json -o "$work/b.json" \
  --save-snapshot "$work/snap2" -q
rb=$?
check "assess exit codes agree ($ra, $rb)" [ "$ra" -eq "$rb" ]
check "live and snapshot assessments give the same results" python3 - "$work/a.json" "$work/b.json" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
ra = [(r["id"], r["status"], r["details"], r.get("evidence")) for r in a["results"]]
rb = [(r["id"], r["status"], r["details"], r.get("evidence")) for r in b["results"]]
diff = [x for x, y in zip(ra, rb) if x != y]
for x in diff[:5]:
    print("differs:", x[0], x[1])
sys.exit(0 if ra == rb and a["summary"] == b["summary"] and len(ra) > 100 else 1)
EOF
check "--save-snapshot wrote a snapshot" [ -f "$work/snap2/manifest.json" ]

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
