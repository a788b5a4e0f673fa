#!/bin/sh
# run.sh ZDAUDIT SOURCE_DIR — the evidence package end to end: a package of
# examples/clinic with examples/zdaudit.yaml verifies (with and without the
# trusted key); one changed byte in ANY file, a removed or an added file, a
# symlink or ../ entry, an edited manifest, a wrong key or a missing
# signature each fail verify, naming the file; the same inputs give the same
# bytes; planted PHI never reaches the package unless --show-values; a
# missing attestation evidence file stops the packing; keys are private.
set -u
Z=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ZDAUDIT_NOW=2026-11-25T10:00:00Z
TAMPER="python3 $SRC/tests/evidence/tamper.py"
fails=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

cp -r "$SRC/examples" "$T/ex"
"$Z" assess --snapshot "$T/ex/clinic" --config "$T/ex/zdaudit.yaml" \
  --format json -o "$T/r.json" >/dev/null 2>&1
[ $? -eq 2 ] || bad "assess of the example should exit 2"
"$Z" keygen -o "$T/k" >/dev/null || bad "keygen"
"$Z" keygen -o "$T/other" >/dev/null || bad "keygen (second key)"
[ "$(stat -c %a "$T/k")" = 600 ] && ok "secret key is mode 0600" || bad "secret key mode"
"$Z" keygen -o "$T/k" >/dev/null 2>"$T/err"
[ $? -eq 1 ] && grep -q "never overwrites" "$T/err" && ok "keygen never overwrites" \
  || bad "keygen overwrote a key"

pack() {  # pack OUT [extra options]
  out=$1; shift
  "$Z" evidence --snapshot "$T/ex/clinic" --results "$T/r.json" \
    --config "$T/ex/zdaudit.yaml" -q -o "$out" "$@"
}
pack "$T/p.tgz" --sign "$T/k" || bad "evidence of the example"
"$Z" verify "$T/p.tgz" >"$T/out" || bad "verify without key: $(cat "$T/out")"
"$Z" verify "$T/p.tgz" --key "$T/k.pub" >"$T/out" && grep -q "verified" "$T/out" \
  && ok "signed package verifies with the trusted key" || bad "verify --key: $(cat "$T/out")"
"$Z" verify "$T/p.tgz" --key "$T/k.pub" --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["verified"] is True and d["signature"] == "valid" and not d["problems"], d
' && ok "verify --format json" || bad "verify json"

# what the package holds
$TAMPER "$T/p.tgz" - list >"$T/names"
for f in results.json report.html registers/attestations.csv registers/attestations.json \
         registers/exceptions.csv registers/exceptions.json catalog.json config/zdaudit.yaml \
         snapshot/manifest.json snapshot/security_settings.json MANIFEST.json MANIFEST.sig \
         attestation-evidence/ZD.GEN.1/zendesk-healthcare-agreement-2026.pdf; do
  grep -qx "$f" "$T/names" || bad "package lacks $f"
done
ok "package holds results, report, registers, catalog, config, snapshot, evidence file"
cmp -s "$T/r.json" "$(mkdir -p "$T/x" && tar xzf "$T/p.tgz" -C "$T/x" && echo "$T/x/results.json")" \
  && ok "results.json packed byte for byte" || bad "results.json differs from the input"
python3 - "$T/x" <<'PY' || bad "manifest contents"
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "MANIFEST.json")))
assert m["schema"] == "zdaudit/evidence/1" and m["values"] == "masked" and m["signed"]
assert m["tool"]["name"] == "zdaudit" and m["baseline"]["controls"] == 135
listed = {f["path"]: f for f in m["files"]}
on_disk = set()
for root, _, files in os.walk(d):
    for n in files:
        p = os.path.relpath(os.path.join(root, n), d)
        if p not in ("MANIFEST.json", "MANIFEST.sig"):
            on_disk.add(p)
assert on_disk == set(listed), on_disk ^ set(listed)
for p, f in listed.items():
    b = open(os.path.join(d, p), "rb").read()
    assert hashlib.sha256(b).hexdigest() == f["sha256"] and len(b) == f["size"], p
reg = json.load(open(os.path.join(d, "registers/attestations.json")))
assert {a["control"] for a in reg["attestations"]} >= {"ZD.GEN.1", "ZD.SUP.6", "ZD.MOBILE.4"}
assert m["attestation_evidence"][0]["control"] == "ZD.GEN.1"
PY

# every single file, one byte changed: verify fails and names it
n=0
while read -r f; do
  [ "$f" = MANIFEST.json ] || [ "$f" = MANIFEST.sig ] && continue
  $TAMPER "$T/p.tgz" "$T/t.tgz" flip "$f"
  "$Z" verify "$T/t.tgz" --key "$T/k.pub" >"$T/out"
  rc=$?
  if [ $rc -ne 2 ] || ! grep -qxF "$f: changed" "$T/out"; then
    bad "a changed byte in $f was not reported (exit $rc): $(head -3 "$T/out")"
  fi
  n=$((n + 1))
done <"$T/names"
ok "one changed byte in each of $n files fails verify, naming the file"

check() {  # check WHAT EXPECTED-LINE [verify options]
  what=$1; want=$2; shift 2
  "$Z" verify "$T/t.tgz" "$@" >"$T/out" 2>&1
  rc=$?
  if [ $rc -eq 2 ] && grep -qF "$want" "$T/out"; then ok "$what"
  else bad "$what (exit $rc): $(cat "$T/out")"; fi
}
$TAMPER "$T/p.tgz" "$T/t.tgz" remove report.html
check "a removed file is named" "report.html: missing" --key "$T/k.pub"
$TAMPER "$T/p.tgz" "$T/t.tgz" add snapshot/extra.json
check "an added file is named" "snapshot/extra.json: unexpected" --key "$T/k.pub"
$TAMPER "$T/p.tgz" "$T/t.tgz" symlink snapshot/users.json
check "a symlink entry is refused" "not a regular file" --key "$T/k.pub"
$TAMPER "$T/p.tgz" "$T/t.tgz" dotdot
check "a ../ entry is refused" "../escape: unsafe name" --key "$T/k.pub"
$TAMPER "$T/p.tgz" "$T/t.tgz" flip MANIFEST.json
check "an edited manifest breaks the signature" "MANIFEST.sig: the signature does not match" --key "$T/k.pub"
cp "$T/p.tgz" "$T/t.tgz"
check "another key is refused" "signature wrong key" --key "$T/other.pub"
$TAMPER "$T/p.tgz" "$T/t.tgz" remove MANIFEST.sig
check "an unsigned package fails when a key is required" "MANIFEST.sig: missing" --key "$T/k.pub"
"$Z" verify "$T/t.tgz" >"$T/out" && grep -q "not signed" "$T/out" \
  && ok "an unsigned package verifies without a key, saying it is not signed" \
  || bad "unsigned without key: $(cat "$T/out")"
head -c 1000 /dev/urandom >"$T/junk.tgz"
"$Z" verify "$T/junk.tgz" >/dev/null 2>&1
[ $? -eq 1 ] && ok "not a package: exit 1" || bad "junk package"

# the same inputs give the same bytes (Ed25519 signatures are deterministic)
pack "$T/p2.tgz" --sign "$T/k"
cmp -s "$T/p.tgz" "$T/p2.tgz" && ok "reproducible: same inputs, same package bytes" \
  || bad "two packages of the same inputs differ"

# masking: no planted PHI in the package, unless --show-values
zcat "$T/p.tgz" >"$T/p.tar"
leak=""
for v in 512-38-4907 "Quintero-Haas" RFC-2207814 "7946 0958"; do
  grep -qF -- "$v" "$T/p.tar" && leak="$leak $v"
done
[ -z "$leak" ] && ok "no planted PHI in the package" || bad "PHI in the package:$leak"
pack "$T/raw.tgz" --show-values
zcat "$T/raw.tgz" | grep -qF "512-38-4907" && tar xzOf "$T/raw.tgz" MANIFEST.json | grep -q '"values": "raw"' \
  && ok "--show-values packs values as collected and the manifest says so" || bad "--show-values"

# an endpoint file the snapshot cannot read is left out, and said so
cp -r "$T/ex/clinic" "$T/broken"
printf '{"tags": [' > "$T/broken/tags.json"
"$Z" assess --snapshot "$T/broken" -f json -o "$T/rb.json" -q >/dev/null 2>&1
"$Z" evidence --snapshot "$T/broken" --results "$T/rb.json" -q -o "$T/b.tgz" 2>"$T/err"
if [ $? -eq 0 ] && tar xzOf "$T/b.tgz" MANIFEST.json | grep -q '"file": "snapshot/tags.json"' &&
   ! $TAMPER "$T/b.tgz" - list | grep -qx snapshot/tags.json; then
  ok "an unreadable snapshot file is left out and named in the manifest"
else bad "unreadable snapshot file: $(cat "$T/err")"; fi

# the secret key must be private; results must be of this snapshot
chmod 644 "$T/k"
pack "$T/pub.tgz" --sign "$T/k" 2>"$T/err"
[ $? -eq 1 ] && grep -q "chmod 600" "$T/err" && ok "a readable secret key is refused" \
  || bad "secret key mode not checked: $(cat "$T/err")"
chmod 600 "$T/k"
sed 's/"riverside-clinic"/"other-clinic"/' "$T/r.json" >"$T/r2.json"
"$Z" evidence --snapshot "$T/ex/clinic" --results "$T/r2.json" -q -o "$T/m.tgz" 2>"$T/err"
[ $? -eq 1 ] && grep -q "not assessed from this snapshot" "$T/err" \
  && ok "results of another snapshot are refused" || bad "mismatch: $(cat "$T/err")"

# a missing attestation evidence file is an error, not a gap
rm "$T/ex/contracts/zendesk-healthcare-agreement-2026.pdf"
pack "$T/gap.tgz" 2>"$T/err"
rc=$?
[ $rc -eq 1 ] && grep -q "ZD.GEN.1" "$T/err" && [ ! -e "$T/gap.tgz" ] \
  && ok "missing evidence file: exit 1, names the control, no package" \
  || bad "missing evidence file (exit $rc): $(cat "$T/err")"

# assess --evidence writes the same kind of package
cp "$SRC/examples/contracts/zendesk-healthcare-agreement-2026.pdf" "$T/ex/contracts/"
"$Z" assess --snapshot "$T/ex/clinic" --config "$T/ex/zdaudit.yaml" -q -o "$T/r.txt" \
  --evidence "$T/a.tgz" --sign "$T/k"
[ $? -eq 2 ] && "$Z" verify "$T/a.tgz" --key "$T/k.pub" >/dev/null \
  && ok "assess --evidence --sign: exit 2 as assess, package verifies" || bad "assess --evidence"

[ $fails -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "evidence: all checks passed"
