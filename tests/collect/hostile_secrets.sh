#!/bin/sh
# SPDX-License-Identifier: MIT
# hostile_secrets.sh — `zdaudit collect` against the emulator's
# hostile_secrets mode (#11 item 2): secrets in URL user info and query
# values, webhook custom_headers, a Slack webhook URL and fields named
# Password, auth_token, consumerSecret, signingKey, passphrase. None may
# reach the snapshot, stderr (-vv) or any report format; what controls
# judge (scheme, host, path, header names) stays.
# usage: hostile_secrets.sh ZDAUDIT ZD_EMULATOR FIXTURES_DIR
set -u
zdaudit=$1
emulator=$2
fixtures=$3
work=$(mktemp -d /tmp/zd-hostile.XXXXXX)
. "$(dirname "$0")/emu.sh"
cleanup() {
  stop_emu
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

start_emu '{"token": "tok-admin-8c1f4e2a9b", "hostile_secrets": true}' 120
unset ZENDESK_OAUTH_CLIENT_ID ZENDESK_OAUTH_CLIENT_SECRET ZENDESK_EMAIL \
      ZENDESK_API_TOKEN ZENDESK_SUNCO_APP_ID ZENDESK_SUNCO_KEY_ID \
      ZENDESK_SUNCO_KEY_SECRET ZENDESK_SUBDOMAIN
export ZENDESK_OAUTH_TOKEN=tok-admin-8c1f4e2a9b ZDAUDIT_NOW=2026-11-20T09:00:00Z

"$zdaudit" collect --subdomain x --base-url "http://127.0.0.1:$port" \
  --no-tls-probe -v -v -o "$work/snap" 2>"$work/collect.err"
rc=$?
[ $rc -eq 0 ] || [ $rc -eq 3 ] || fail "collect exit $rc: $(tail -3 "$work/collect.err")"
grep -q -E 'Sanitizer|runtime error' "$work/collect.err" && fail "crash: $(head -c 400 "$work/collect.err")"

for f in text json html csv junit markdown oscal ocsf; do
  "$zdaudit" assess --snapshot "$work/snap" --format $f -v \
    -o "$work/report.$f" --action-plan "$work/plan.$f.csv" 2>"$work/assess.$f.err"
  rc=$?
  [ $rc -le 3 ] || fail "assess --format $f exit $rc"
done
"$zdaudit" scan --snapshot "$work/snap" --format json -o "$work/scan.json" 2>"$work/scan.err"

# Not one planted value anywhere (every value holds HOSTILE).
if grep -r -l HOSTILE "$work/snap" "$work"/*.err "$work"/report.* "$work"/plan.* \
     "$work/scan.json" >"$work/hits" 2>/dev/null; then
  fail "a planted secret survived in: $(cat "$work/hits" | tr '\n' ' '): $(grep -r -h -o '.\{40\}HOSTILE.\{20\}' "$work/snap" "$work"/*.err | head -3)"
fi
# What controls judge stays: scheme, host and path; header names.
python3 - "$work/snap" <<'PY' || exit 1
import json, sys
d = sys.argv[1]
wh = json.load(open(d + "/webhooks.json"))["webhooks"][0]
# what was cut held a credential: the fragment says so (the controls read it)
assert wh["endpoint"] == "https://hooks.example.com/in#[credential removed: url-basic-auth]", wh["endpoint"]
assert sorted(wh["custom_headers"]) == ["X-Api-Key", "X-Trace"], wh["custom_headers"]
assert set(wh["custom_headers"].values()) == {"[redacted]"}, wh["custom_headers"]
tg = json.load(open(d + "/targets.json"))["targets"]
assert tg[0]["target_url"] == "https://postb.in/x#[credential removed: url-basic-auth]", tg[0]["target_url"]
assert "Password" not in tg[0] and "auth_token" not in tg[0], tg[0]
slack = [t for t in tg if t.get("title") == "slack"][0]
assert "credential removed" in slack["target_url"], slack["target_url"]
assert slack["target_url"].startswith("https://") or slack["target_url"].startswith("["), slack
m = json.load(open(d + "/manifest.json"))
assert m["endpoints"]["targets"].get("credentials_removed", 0) >= 1, m["endpoints"]["targets"]
ap = json.load(open(d + "/apps_installations.json"))["installations"][0]
for k in ("consumerSecret", "signingKey", "passphrase", "Auth_Token"):
    assert k not in ap["settings"], (k, ap["settings"])
assert ap["settings"].get("name") == "Salesforce", ap["settings"]
pairs = [o for o in ap["settings_objects"] if o.get("name") == "passphrase"]
assert pairs and "value" not in pairs[0], pairs
PY
# The credentials were removed, not made harmless: the controls that fail
# on credentials in integration URLs must still fail, naming the marker.
python3 - "$work/report.json" <<'PY' || exit 1
import json, sys
doc = json.load(open(sys.argv[1]))
r = {x["id"]: x for x in doc["results"]}["ZD.GEN.13.6"]
assert r["status"] not in ("pass", "not_applicable"), r["status"]
ev = json.dumps(r.get("evidence"))
assert "removed-at-collection" in ev, ev[:600]
PY
echo "hostile_secrets: ok"
