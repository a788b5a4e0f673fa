#!/bin/sh
# SPDX-License-Identifier: MIT
# doctor_test.sh — `zdaudit doctor` and collect's preflight against the
# emulator program, which counts the requests (issue #18 item 3):
# admin token, agent token, wrong token, anonymous answer, unreachable host:
# one clear result each, exit 0 only for the admin, at most 3 requests;
# collect stops at once on an unreachable host, says "not admin" once up
# front, and folds the HTTP 403 endpoints into one line.
# usage: doctor_test.sh ZDAUDIT ZD_EMULATOR FIXTURES_DIR
set -u
zdaudit=$1 emulator=$2 fixtures=$3
work=$(mktemp -d /tmp/zd-doctor.XXXXXX)
. "$(dirname "$0")/emu.sh"
failures=0
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }
trap 'stop_emu; rm -rf "$work"' EXIT
requests() { # requests seen by the emulator that just stopped
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stats"]["requests"])' "$work/emu.log"
}
unset ZENDESK_OAUTH_TOKEN ZENDESK_OAUTH_CLIENT_ID ZENDESK_OAUTH_CLIENT_SECRET \
      ZENDESK_EMAIL ZENDESK_API_TOKEN ZENDESK_SUNCO_APP_ID ZENDESK_SUNCO_KEY_ID \
      ZENDESK_SUNCO_KEY_SECRET ZENDESK_SUBDOMAIN
sc='{"token": "tok-admin-8c1f4e2a9b", "agent_token": "tok-agent-5d7e3b1c0a", "me": {"name": "Ada Admin"}}'

case_run() { # case_run NAME TOKEN WANT_RC WANT_TEXT MAX_REQUESTS [SCENARIO]
  start_emu "${6:-$sc}"
  ZENDESK_OAUTH_TOKEN=$2 "$zdaudit" doctor --subdomain x --base-url "$base" \
    >"$work/$1.out" 2>&1
  rc=$?
  stop_emu
  n=$(requests)
  [ "$rc" -eq "$3" ] || bad "$1: exit $rc, want $3: $(cat "$work/$1.out")"
  grep -q "$4" "$work/$1.out" || bad "$1: no '$4' in: $(cat "$work/$1.out")"
  [ "$n" -le "$5" ] || bad "$1: $n requests, at most $5 allowed"
  [ "$n" -ge 1 ] || bad "$1: the emulator saw no request"
}
case_run admin tok-admin-8c1f4e2a9b 0 "role         admin" 3
grep -q "Ada Admin" "$work/admin.out" || bad "admin: who the token belongs to is not shown"
grep -q "audit log    usable" "$work/admin.out" || bad "admin: audit log not said usable"
grep -q "products     Support" "$work/admin.out" || bad "admin: no products line"
grep -q "skipped      4 endpoints (sunco_app" "$work/admin.out" || bad "admin: SunCo skip not named"
case_run agent tok-agent-5d7e3b1c0a 1 "NOT admin" 3
grep -q "controls will be error (.*ZD.SUP.1.1" "$work/agent.out" || bad "agent: the controls left error are not named"
case_run wrong wrong-token-0000000 1 "REFUSED" 1
case_run anonymous tok-admin-8c1f4e2a9b 1 "anonymous" 1 \
  '{"token": "tok-admin-8c1f4e2a9b", "me_anonymous": true}'
# A working Sunshine Conversations key that is app-scoped (as Admin Center
# makes them) cannot list keys: doctor must predict sunco_keys refused and
# the other sunco_* endpoints collectable; an account-scoped key lists them.
sunco_case() { # sunco_case NAME SCOPE
  start_emu '{"token": "tok-admin-8c1f4e2a9b", "me": {"name": "Ada Admin"},
    "sunco": {"app": "app-1", "key": "key-sc-1", "secret": "sec-sc-9f3e2d", "scope": "'"$2"'"}}'
  ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b ZENDESK_SUNCO_APP_ID=app-1 \
    ZENDESK_SUNCO_KEY_ID=key-sc-1 ZENDESK_SUNCO_KEY_SECRET=sec-sc-9f3e2d \
    "$zdaudit" doctor --subdomain x --base-url "$base" >"$work/$1.out" 2>&1
  rc=$?
  stop_emu
  [ "$rc" -eq 0 ] || bad "$1: exit $rc, want 0: $(cat "$work/$1.out")"
  grep -q "SunCo key    usable" "$work/$1.out" || bad "$1: the key is not said usable: $(cat "$work/$1.out")"
  grep -q "sec-sc-9f3e2d" "$work/$1.out" && bad "$1: the SunCo secret was printed"
}
sunco_case sunco-app app
grep -q "SunCo keys   refused (HTTP 403): the key is app-scoped" "$work/sunco-app.out" ||
  bad "sunco-app: app-scoped key not explained: $(cat "$work/sunco-app.out")"
grep -q "refused      1 endpoints (sunco_keys)" "$work/sunco-app.out" ||
  bad "sunco-app: sunco_keys not predicted refused: $(grep refused "$work/sunco-app.out")"
grep -q "ZD.SUNCO.2" "$work/sunco-app.out" || bad "sunco-app: the controls on the keys are not named"
grep -q "skipped      none" "$work/sunco-app.out" || bad "sunco-app: SunCo endpoints said skipped"
sunco_case sunco-account account
grep -q "SunCo keys   usable" "$work/sunco-account.out" || bad "sunco-account: key listing not said usable"
grep -q "refused      none" "$work/sunco-account.out" ||
  bad "sunco-account: something predicted refused: $(grep refused "$work/sunco-account.out")"

# -vv against a server that quotes the token in a header whose name no
# list calls secret (Location): no line holding it is printed.
start_emu '{"token": "tok-admin-8c1f4e2a9b", "me": {"name": "Ada Admin"},
  "endpoints": {"account_settings": {"echo": "location"}}}'
ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b "$zdaudit" doctor -vv --subdomain x \
  --base-url "$base" >"$work/echo.out" 2>&1
stop_emu
grep -q "elsewhere" "$work/echo.out" || grep -q "302" "$work/echo.out" ||
  bad "echo: the redirect was not seen: $(cat "$work/echo.out")"
grep -q "tok-admin" "$work/echo.out" && bad "echo: -vv printed the token: $(grep tok-admin "$work/echo.out" | head -2)"

for f in admin agent wrong anonymous; do
  grep -q "tok-" "$work/$f.out" && bad "$f: a token value was printed"
done

# Unreachable: nothing listens on port 9 of loopback.
ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b "$zdaudit" doctor --subdomain x \
  --base-url http://127.0.0.1:9 >"$work/down.out" 2>&1
rc=$?
[ "$rc" -eq 1 ] || bad "unreachable: exit $rc, want 1"
grep -q "NOT REACHED" "$work/down.out" || bad "unreachable: $(cat "$work/down.out")"
[ "$(wc -l <"$work/down.out")" -le 3 ] || bad "unreachable: more than 3 lines"

# collect fails fast on an unreachable host (one request, two tries).
t0=$(date +%s)
ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b "$zdaudit" collect --subdomain x \
  --base-url http://127.0.0.1:9 -o "$work/snap-down" 2>"$work/cdown.err"
rc=$?
t1=$(date +%s)
[ "$rc" -eq 1 ] || bad "collect unreachable: exit $rc, want 1"
grep -q "cannot reach the account" "$work/cdown.err" || bad "collect unreachable: $(cat "$work/cdown.err")"
[ $((t1 - t0)) -le 3 ] || bad "collect unreachable took $((t1 - t0)) s"
[ "$(wc -l <"$work/cdown.err")" -eq 1 ] || bad "collect unreachable: not one line: $(cat "$work/cdown.err")"

# collect with an agent's token: one line up front, the 403s in one line.
start_emu "$sc"
ZENDESK_OAUTH_TOKEN=tok-agent-5d7e3b1c0a "$zdaudit" collect --subdomain x \
  --base-url "$base" -o "$work/snap-agent" 2>"$work/cagent.err"
rc=$?
stop_emu
[ "$rc" -eq 3 ] || bad "collect agent: exit $rc, want 3"
head -1 "$work/cagent.err" | grep -q "not admin" || bad "collect agent: first line: $(head -1 "$work/cagent.err")"
n403=$(grep -c "403" "$work/cagent.err")
[ "$n403" -le 2 ] || bad "collect agent: $n403 lines about HTTP 403"
grep -q "endpoints refused with HTTP 403 .*security_settings" "$work/cagent.err" ||
  bad "collect agent: no grouped 403 line"
grep -q "skipped: sunco_app" "$work/cagent.err" || bad "collect agent: skipped endpoints not named"
[ "$(wc -l <"$work/cagent.err")" -le 8 ] || bad "collect agent: $(wc -l <"$work/cagent.err") lines on stderr"

[ "$failures" -eq 0 ] && echo "doctor: all checks passed"
exit $([ "$failures" -eq 0 ] && echo 0 || echo 1)
