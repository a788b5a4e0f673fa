#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# jobs_test.py — `zdaudit scan --jobs N` writes what `--jobs 1` writes,
# byte for byte (stdout, stderr and exit code), in the same order (#12):
#   - the bench corpora (bench/scan-corpus, small): text mapped (over the
#     8 MiB below which a pooled run reads instead), text read, piped
#     stdin, NDJSON (also long lines longer than a read, lines that are not
#     JSON, piped), several files with a missing one among them;
#   - text with findings across every window's edges (ZD_SCAN_CHUNK and
#     ZD_SCAN_OVERLAP as in core/limits.h), each of them found;
#   - the fuzz seeds (tests/fuzz/corpus) as many small files at once;
#   - the clinic snapshot, and JSON, text, SARIF and --summary output.
# No timing: only outputs are compared.
# usage: jobs_test.py ZDAUDIT SOURCE_DIR
import json
import os
import shutil
import subprocess
import sys
import tempfile

ZD, SRC = sys.argv[1], sys.argv[2]
CHUNK, OVERLAP = 1 << 20, 16 * 1024 + 4096
failures = []
tmp = tempfile.mkdtemp(prefix="zd-scan-jobs-")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, stdin=None):
    p = subprocess.run([ZD, "scan"] + args, capture_output=True, stdin=stdin)
    return p.returncode, p.stdout, p.stderr


def same(args, what, jobs=(2, 3, 8), stdin_file=None):
    """The output of --jobs 1 and of each of 'jobs' are equal; returns
    --jobs 1's (exit code, stdout)."""
    def go(j):
        if stdin_file:
            with open(stdin_file, "rb") as f:
                return run(["--jobs", str(j)] + args, stdin=f)
        return run(["--jobs", str(j)] + args)
    one = go(1)
    check(one[0] in (0, 1, 2, 3), "%s: --jobs 1 exit %d: %s" % (what, one[0], one[2][-300:]))
    for j in jobs:
        other = go(j)
        check(other[0] == one[0], "%s: --jobs %d exit %d, --jobs 1 %d" % (what, j, other[0], one[0]))
        check(other[1] == one[1], "%s: --jobs %d stdout differs from --jobs 1" % (what, j))
        check(other[2] == one[2], "%s: --jobs %d stderr differs from --jobs 1" % (what, j))
    return one[0], one[1]


try:
    corpus = os.path.join(tmp, "c")
    subprocess.run([sys.executable, os.path.join(SRC, "bench", "scan-corpus"), "--mb", "3",
                    "--out", corpus], check=True)
    txt, nd = os.path.join(corpus, "corpus.txt"), os.path.join(corpus, "corpus.ndjson")
    big = os.path.join(tmp, "big.txt")   # over 8 MiB: mapped, also pooled
    with open(big, "wb") as out, open(txt, "rb") as f:
        data = f.read()
        out.write(data * 3)
    js = ["--format", "json", "--show-values"]
    rc, o = same(js + [big], "mapped text")
    doc = json.loads(o)
    check(rc == 2 and len(doc["findings"]) > 3000 and
          doc["summary"]["findings"] == len(doc["findings"]),
          "mapped text: findings expected, counted, in valid JSON")
    starts = [f["start"] for f in doc["findings"]]
    check(starts == sorted(starts), "mapped text: findings in input order")
    same(js + [txt], "text read into windows")
    same(js + ["-"], "stdin", stdin_file=txt)
    same(js + [nd], "NDJSON")
    # NDJSON cut into pieces where a single walker would batch it: lines
    # longer than a read, lines that are not JSON, no final line break
    longnd = os.path.join(tmp, "long.ndjson")
    with open(longnd, "w") as f:
        for i in range(5):
            f.write(json.dumps({"id": i, "comments": [
                {"body": "SSN 219-09-%04d, call (415) 555-%04d" % (1000 + k, k)}
                for k in range(9000)]}) + "\n")
            f.write("not json: MRN 12345678, Dear Anna Smith\n")
        f.write('{"id": "last", "body": "DOB 01/02/1980"}')
    same(js + [longnd], "NDJSON, long and bad lines")
    same(js + ["--ndjson", "-"], "NDJSON, piped", stdin_file=longnd)
    same(["--format", "text", txt, nd, os.path.join(tmp, "missing.txt"), big],
         "several files, one missing")
    same(["--summary", "--format", "json", nd, txt], "--summary")
    same(["--format", "sarif", txt], "SARIF")

    # Findings across every window edge: an SSN or an e-mail address cut
    # by each window's first reported byte (k * CHUNK + OVERLAP) and by
    # each window's start (k * CHUNK), in filler with line breaks.
    filler = b"Your request was received and our team will follow up soon. \n"
    buf = bytearray((filler * (9 * CHUNK // len(filler) + 1))[:9 * CHUNK])
    planted = []
    for k in range(1, 9):
        for e, edge in enumerate((k * CHUNK + OVERLAP, k * CHUNK)):
            item, cut = ((b" SSN 219-09-%04d " % (1000 + 2 * k + e), 9) if (k + e) % 2
                         else (b" mail jo.%d@example.org " % (2 * k + e), 8))
            at = edge - cut
            buf[at:at + len(item)] = item
            planted.append(item.strip().split(b" ")[1])
    edges = os.path.join(tmp, "edges.txt")
    with open(edges, "wb") as f:
        f.write(bytes(buf))
    rc, o = same(js + [edges], "window edges")
    for v in planted:
        check(b'"value": "%s"' % v in o, "window edges: %s not found" % v.decode())
    rc, o = same(js + ["-"], "window edges, piped", stdin_file=edges)
    for v in planted:
        check(b'"value": "%s"' % v in o, "window edges, piped: %s not found" % v.decode())

    seeds = os.path.join(SRC, "tests", "fuzz", "corpus")
    files = sorted(os.path.join(dp, n) for dp, _, ns in os.walk(seeds) for n in ns)
    check(len(files) > 10, "fuzz seeds found")
    same(js + files, "fuzz seeds")
    same(js + ["--html"] + files, "fuzz seeds as HTML")
    same(js + ["--ndjson"] + files, "fuzz seeds as NDJSON")

    clinic = os.path.join(SRC, "examples", "clinic")
    rc, o = same(js + ["--snapshot", clinic], "clinic snapshot")
    check(rc == 2, "clinic snapshot: findings expected")
    same(["--format", "text", "--snapshot", clinic], "clinic snapshot, text")
    same(["--summary", "--format", "json", "--snapshot", clinic], "clinic snapshot, --summary")

    for bad in ("0", "-2", "x", "100000"):
        p = run(["--jobs", bad, txt])
        check(p[0] == 1 and b"--jobs" in p[2], "--jobs %s refused" % bad)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

if failures:
    print("%d failure(s)" % len(failures))
    sys.exit(1)
print("ok")
