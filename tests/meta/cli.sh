#!/bin/sh
# SPDX-License-Identifier: MIT
# cli.sh ZDAUDIT SNAPSHOT — the command line says what was meant (issue #18 item 14):
# `zdaudit help CMD` is CMD's help; `--foo` is an unknown option; did-you-mean for
# commands, options, statuses and finding types; `-v` evidence as readable lines;
# `explain` shows only what a user needs (no notes to implementers, no source path).
set -u
zd=$1 snap=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
"$zd" help assess > "$tmp/h1"; "$zd" assess --help > "$tmp/h2"
cmp -s "$tmp/h1" "$tmp/h2" || fail "zdaudit help assess differs from assess --help"
"$zd" help asess 2>&1 | grep -q "did you mean assess" || fail "help asess: no suggestion"
"$zd" --foo 2>&1 | grep -q "unknown option '--foo'" || fail "--foo: $("$zd" --foo 2>&1)"
"$zd" --foo 2>/dev/null; [ $? -eq 1 ] || fail "--foo: exit not 1"
"$zd" asess 2>&1 | grep -q "unknown command 'asess' (did you mean assess?" || fail "asess: $("$zd" asess 2>&1)"
"$zd" assess --formt html 2>&1 | grep -q "did you mean --format?" || fail "--formt: $("$zd" assess --formt html 2>&1)"
"$zd" collect --subdomian x 2>&1 | grep -q "did you mean --subdomain?" || fail "--subdomian: no suggestion"
"$zd" assess --snapshot "$snap" --status fial 2>&1 | grep -q "did you mean fail" || fail "--status fial: no suggestion"
out=$("$zd" scan --types US_SNN /dev/null 2>&1)
echo "$out" | grep -q "did you mean US_SSN" || fail "--types US_SNN: $out"
echo "$out" | grep -q "PERSON_NAME" || fail "--types: the valid types are not listed"
"$zd" assess --snapshot "$snap" --status fail -v > "$tmp/v.txt"
grep -q '^ *evidence: {' "$tmp/v.txt" && fail "-v evidence is raw JSON"
grep -q '^ *evidence: \[security_settings\] security_settings.authentication.agent.two_factor_enforce' "$tmp/v.txt" ||
  fail "-v evidence is not a readable line: $(grep -m1 evidence "$tmp/v.txt")"
"$zd" explain ZD.SUP.1.1 > "$tmp/x.txt"
grep -qi "the tool should\|^Source:" "$tmp/x.txt" && fail "explain shows implementer text"
grep -q "^Severity: critical" "$tmp/x.txt" || fail "explain does not show the severity"
grep -q "^Baseline section: I.1.a" "$tmp/x.txt" || fail "explain: no baseline section"
exit $status
