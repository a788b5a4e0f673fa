#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# output_test.py — what `zdaudit scan` prints for people acting on a large
# export (issue #18 item 12):
#   - --skip-field PATH (repeatable; indices ignored, a path names the end
#     of a longer one) and scan.skip_fields in zdaudit.yaml leave those
#     findings out and the summary counts them; a bad path or a skip_fields
#     that is not a list is refused;
#   - --summary prints counts by field, type and ticket instead of each
#     finding (text and JSON), the exit code still says findings exist;
#   - progress on a terminal shows done/total, percent and rate for a file,
#     done and rate for a pipe, and nothing when stderr is not a terminal;
#   - scan --snapshot says the bytes of snapshot files it read;
#   - a missing input prints its error and an "incomplete" line, never a
#     summary that reads like a clean run.
# usage: output_test.py ZDAUDIT SOURCE_DIR
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile

ZD, SRC = sys.argv[1], sys.argv[2]
failures = []
tmp = tempfile.mkdtemp(prefix="zd-scan-out-")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, stdin=None):
    return subprocess.run([ZD] + list(args), capture_output=True, text=True,
                          input=stdin)


def on_tty(args, stdin_data=None):
    """Runs zdaudit with stderr on a pseudo-terminal; returns that text."""
    master, slave = pty.openpty()
    p = subprocess.Popen([ZD] + args, stderr=slave,
                         stdout=subprocess.DEVNULL,
                         stdin=subprocess.PIPE if stdin_data else None)
    os.close(slave)
    if stdin_data:
        p.stdin.write(stdin_data)
        p.stdin.close()
    out = b""
    while True:
        try:
            d = os.read(master, 65536)
        except OSError:
            break
        if not d:
            break
        out += d
    p.wait()
    os.close(master)
    return out.decode("utf-8", "replace")


# An export: two tickets, authors' names in every comment.
nd = os.path.join(tmp, "tickets.ndjson")
with open(nd, "w") as f:
    f.write(json.dumps({"id": 11, "comments": [
        {"author": {"name": "John Smith"}, "body": "born 1970-01-02"},
        {"author": {"name": "Mary Jones"}, "body": "ok"}]}) + "\n")
    f.write(json.dumps({"id": 12, "comments": [
        {"author": {"name": "Ann Lee"}, "body": "date of birth 1981-03-04"}]})
            + "\n")

p = run("scan", "-f", "json", nd)
all_f = json.loads(p.stdout)["findings"]
names = [x for x in all_f if x["source"]["field"].endswith("author.name")]
check(len(names) == 3 and len(all_f) > 3,
      "the export has 3 author names and other findings (%d)" % len(all_f))

# --skip-field, both spellings
for path in ("author.name", "comments[].author.name", "comments.author.name"):
    p = run("scan", "-f", "json", "--skip-field", path, nd)
    d = json.loads(p.stdout)
    check(p.returncode == 2, "%s: still exit 2 (%d)" % (path, p.returncode))
    check(not [x for x in d["findings"]
               if "author" in x["source"]["field"]],
          "--skip-field %s leaves the author names out" % path)
    check(len(d["findings"]) == len(all_f) - 3,
          "--skip-field %s leaves the rest (%d)" % (path, len(d["findings"])))
    check(d["summary"].get("skipped") == 3,
          "--skip-field %s: summary.skipped is 3 (%s)" % (path, d["summary"]))
p = run("scan", "--skip-field", "name", nd)   # the end of a longer path
check("author.name" not in p.stdout, "--skip-field name skips author.name")
p = run("scan", "--skip-field", "thor.name", nd)   # not a whole segment
check(p.stdout.count("author.name") == 3,
      "--skip-field thor.name does not skip author.name")
p = run("scan", "--skip-field", "author.name", "--skip-field",
        "comments.body", nd)
check(p.returncode == 0 and not p.stdout.strip(),
      "two --skip-field: nothing left, exit 0 (%d)" % p.returncode)
check("6 finding(s) in skipped fields left out" in p.stderr or
      "in skipped fields left out" in p.stderr,
      "the summary line says findings were skipped: %r" % p.stderr)
p = run("scan", "--skip-field", "[]", nd)
check(p.returncode == 1 and "--skip-field" in p.stderr,
      "an empty path is refused: %r" % p.stderr)

# scan.skip_fields in zdaudit.yaml, and config check/schema know it
cfg = os.path.join(tmp, "zdaudit.yaml")
with open(cfg, "w") as f:
    f.write("scan:\n  skip_fields:\n    - author.name\n")
p = run("scan", "-f", "json", "--config", cfg, nd)
d = json.loads(p.stdout)
check(len(d["findings"]) == len(all_f) - 3 and d["summary"]["skipped"] == 3,
      "scan.skip_fields leaves the author names out")
p = run("config", "check", cfg)
check(p.returncode == 0 and "scan.skip_fields: 1" in p.stdout,
      "config check reads scan.skip_fields: %r" % (p.stdout + p.stderr))
bad = os.path.join(tmp, "bad.yaml")
with open(bad, "w") as f:
    f.write("scan:\n  skip_fields: author.name\n")
p = run("config", "check", bad)
check(p.returncode == 1 and "bad.yaml:2" in p.stderr,
      "skip_fields that is not a list: file:line error: %r" % p.stderr)
p = run("scan", "--config", bad, nd)
check(p.returncode == 1 and "bad.yaml:2" in p.stderr,
      "scan --config refuses it too: %r" % p.stderr)
with open(bad, "w") as f:
    f.write("scan:\n  skip_field: [a]\n")
p = run("config", "check", bad)
check(p.returncode == 1 and "unknown key 'skip_field'" in p.stderr,
      "a misspelt scan key is refused: %r" % p.stderr)
schema = json.loads(run("config", "schema").stdout)
check("skip_fields" in schema["properties"].get("scan", {})
      .get("properties", {}), "config schema has scan.skip_fields")

# --summary: counts, not findings
p = run("scan", "--summary", nd)
check(p.returncode == 2, "--summary: exit 2 with findings (%d)" % p.returncode)
check(not re.search(r"\[\d+-\d+\]", p.stdout),
      "--summary prints no finding line: %r" % p.stdout)
m = re.search(r"^\s+3\s+comments\.author\.name\s+\(PERSON_NAME 3\)$",
              p.stdout, re.M)
check(m is not None, "--summary: 3 in comments.author.name: %r" % p.stdout)
check(re.search(r"^\s+3\s+PERSON_NAME$", p.stdout, re.M) is not None,
      "--summary by type")
check(re.search(r"^\s+\d+\s+\S*tickets\.ndjson id=11$", p.stdout, re.M)
      is not None, "--summary by ticket: %r" % p.stdout)
d = json.loads(run("scan", "--summary", "-f", "json", nd).stdout)
s = d["summary"]
check(d["findings"] == [] and s["listed"] is False,
      "--summary JSON lists no findings and says so")
check(s["by_field"].get("comments.author.name") == {"PERSON_NAME": 3},
      "--summary JSON by_field: %s" % s.get("by_field"))
check(s["records"] == 2 and s["top_records"][0]["findings"] >= 1,
      "--summary JSON records: %s" % s.get("top_records"))
check(sum(s["by_type"].values()) == s["findings"] == len(all_f),
      "--summary JSON counts every finding")
p = run("scan", "--summary", "-f", "sarif", nd)
check(p.returncode == 1, "--summary with SARIF is refused")

# progress: a file of known size on a terminal
big = os.path.join(tmp, "big.txt")
with open(big, "w") as f:
    f.write("Nothing to see in this line at all, none.\n" * 300000)
err = on_tty(["scan", big])
check(re.search(r"scanning \S+big\.txt \d+/\d+ MiB \d+% \d+ MiB/s", err)
      is not None, "progress on a terminal: done/total, %% and rate: %r"
      % err[:300])
err = on_tty(["scan", "-"], open(big, "rb").read())
check(re.search(r"scanning - \d+ MiB \d+ MiB/s", err) is not None,
      "progress of a pipe: done and rate: %r" % err[:300])
err = on_tty(["scan", "-q", big])
check("scanning" not in err, "no progress with --quiet")
p = run("scan", big)
check("scanning" not in p.stderr, "no progress when stderr is not a terminal")

# --snapshot: the bytes it read
clinic = os.path.join(SRC, "examples", "clinic")
p = run("scan", "--snapshot", clinic)
m = re.search(r"(\d+) bytes of snapshot files read", p.stderr)
files = sum(os.path.getsize(os.path.join(clinic, k + ".json"))
            for k in ("hc_articles", "community_posts", "macros", "triggers",
                      "automations", "dynamic_content", "ticket_fields",
                      "tags") if os.path.exists(os.path.join(clinic,
                                                             k + ".json")))
check(m is not None and int(m.group(1)) == files and files > 0,
      "--snapshot says the %d bytes it read: %r" % (files, p.stderr))
d = json.loads(run("scan", "-f", "json", "--snapshot", clinic).stdout)
check(d["summary"].get("file_bytes") == files and d["summary"]["bytes"] > 0,
      "--snapshot JSON: file_bytes and bytes")
p = run("scan", "--snapshot", clinic, "--skip-field", "hc_articles.body")
check(p.returncode == 2 and "hc_articles/" not in p.stdout and
      "triggers/" in p.stdout,
      "--skip-field ENDPOINT.FIELD in a snapshot: %r" % p.stdout)

# a missing input: its error, no clean-looking summary
missing = os.path.join(tmp, "no-such-file.txt")
p = run("scan", missing)
check(p.returncode == 1 and "cannot open" in p.stderr,
      "missing file: exit 1 and its error: %r" % p.stderr)
check(not re.search(r"^zdaudit: 0 finding", p.stderr, re.M),
      "missing file: no '0 finding(s)' summary: %r" % p.stderr)
check("incomplete: 1 of 1 input(s) could not be read" in p.stderr,
      "missing file: says the input was not read: %r" % p.stderr)
p = run("scan", missing, nd)
check(p.returncode == 1 and "incomplete: 1 of 2 input(s)" in p.stderr,
      "one of two missing: %r" % p.stderr)
p = run("scan", "--snapshot", os.path.join(tmp, "no-such-dir"))
check(p.returncode == 1 and "finding(s)" not in p.stderr and
      "not found" in p.stderr, "missing snapshot: only its error: %r"
      % p.stderr)

shutil.rmtree(tmp, ignore_errors=True)
if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("ok")
