#!/usr/bin/env python3
"""report_fields.py — `zdaudit report` on results documents with one field
missing or of the wrong type, in every format: each is either rendered
(exit 0) or refused with a message (exit 1), never a crash (#11 item 10).
The fields are every key of a real results document: top level, nested
objects, a result, its attestation/exception and an evidence item.
usage: report_fields.py ZDAUDIT SOURCE_DIR"""
import copy, json, os, subprocess, sys, tempfile

zd, src = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
base = os.path.join(tmp, "base.json")
subprocess.run([zd, "assess", "--snapshot", os.path.join(src, "examples/clinic"),
                "--config", os.path.join(src, "examples/zdaudit.yaml"),
                "--format", "json", "-o", base, "-q"], check=False)
doc = json.load(open(base))

def paths(node, prefix):
    """Every (parent path, key) pair worth breaking."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield prefix, k
            yield from paths(v, prefix + [k])
    elif isinstance(node, list) and node:
        yield from paths(node[0], prefix + [0])

def pick(d, path):
    for p in path:
        d = d[p]
    return d

# results with an attestation and an exception, so their keys are covered
results = doc["results"]
with_rec = [r for r in results if "attestation" in r or "exception" in r]
doc["results"] = with_rec[:2] + [r for r in results if r not in with_rec][:3]
cases = list(dict.fromkeys(
    (tuple(p), k) for p, k in paths(doc, []) if not (p == [] and k == "schema")))
formats = ["text", "json", "html", "csv", "junit", "markdown"]
# the interchange formats, where this build has them
helptext = subprocess.run([zd, "report", "--help"], capture_output=True, text=True).stdout
formats += [f for f in ("oscal", "ocsf", "sarif") if f in helptext]
bad = []
n = 0
for path, key in cases:
    for mutation in ("drop", "object"):
        d = copy.deepcopy(doc)
        parent = pick(d, list(path))
        if mutation == "drop":
            del parent[key]
        else:
            parent[key] = {"number": 7, "object": {"x": 1}, "null": None}[mutation]
        f = os.path.join(tmp, "r.json")
        json.dump(d, open(f, "w"))
        for fmt in formats:
            args = [zd, "report", "--results", f, "--format", fmt, "-o", os.path.join(tmp, "out")]
            if fmt == "csv":
                args += ["--action-plan", os.path.join(tmp, "plan.csv")]
            p = subprocess.run(args, capture_output=True, text=True, errors="replace")
            n += 1
            crashed = p.returncode not in (0, 1) or "Sanitizer" in p.stderr or \
                "runtime error" in p.stderr
            if crashed or (p.returncode == 1 and "error" not in p.stderr):
                bad.append("%s %s.%s %s: exit %d %s" % (fmt, "/".join(map(str, path)), key,
                                                       mutation, p.returncode, p.stderr[:200]))
if bad:
    print("FAIL: %d of %d renderings crashed or failed silently:" % (len(bad), n))
    print("\n".join(bad[:40]))
    sys.exit(1)
print("ok: %d renderings, none crashed" % n)
