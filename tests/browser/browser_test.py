#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# browser_test.py — opens the example account's HTML report in headless
# Chromium and checks what a reader would get:
#   - no console message at all (script errors, CSP violations, warnings);
#   - the key elements (title, summary cards, product table, one article per
#     result, registers of attestations and exceptions) in the DOM after the
#     script ran; the filter bar is shown only because the script ran;
#   - the filter works: the page's self-test (#zd-selftest) counts the
#     articles each status button leaves visible, compared with the JSON;
#   - a screenshot, report.png, in the build directory.
# The harness first proves it can see a console error on a broken page.
# Exit 77 (ctest: skipped) only when no chromium is installed.
# usage: browser_test.py ZDAUDIT SOURCE_DIR OUT_DIR
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ZDAUDIT, SRC, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
ENV = dict(os.environ, ZDAUDIT_NOW="2026-11-25T10:00:00Z")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(exe, url, *extra):
    """Runs headless Chromium on 'url'; returns (stdout, console lines)."""
    profile = tempfile.mkdtemp(prefix="zd-chromium-")
    try:
        p = subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-dev-shm-usage",
             "--user-data-dir=" + profile, "--enable-logging=stderr",
             "--v=0"] + list(extra) + [url],
            capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    console = [ln for ln in p.stderr.splitlines() if ":CONSOLE" in ln]
    if p.returncode != 0:
        failures.append("chromium exited %d: %s" % (p.returncode,
                                                     p.stderr[-2000:]))
    return p.stdout, console


def zdaudit(*args):
    p = subprocess.run([ZDAUDIT] + list(args), capture_output=True,
                       text=True, env=ENV)
    if p.returncode not in (0, 2, 3):
        sys.exit("zdaudit %s failed (%d): %s" % (" ".join(args),
                                                 p.returncode, p.stderr))


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.root = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root = a
        self.tags.append((tag, a))


def main():
    exe = browser()
    if not exe:
        print("chromium is not installed: skipped")
        return 77
    os.makedirs(OUT, exist_ok=True)

    # 0. the harness sees a console error when there is one
    bad = os.path.join(OUT, "broken.html")
    with open(bad, "w") as f:
        f.write("<!DOCTYPE html><body><script>notDefined();</script>")
    _, console = chromium(exe, "file://" + bad, "--dump-dom")
    check(any("notDefined" in ln for ln in console),
          "harness: a script error on a broken page is seen")
    failures[:] = [f for f in failures if not f.startswith("chromium")]

    # 1. the example account's report (or, until it exists, the fixture)
    report = os.path.join(OUT, "report.html")
    results = os.path.join(OUT, "results.json")
    clinic = os.path.join(SRC, "examples", "clinic")
    if os.path.exists(os.path.join(clinic, "manifest.json")):
        cfg = os.path.join(SRC, "examples", "zdaudit.yaml")
        zdaudit("assess", "--snapshot", clinic, "--config", cfg,
                "--format", "json", "--output", results)
        zdaudit("report", "--results", results, "--format", "html",
                "--output", report)
        source = "examples/clinic with examples/zdaudit.yaml"
    else:
        shutil.copy(os.path.join(SRC, "tests", "report", "fixtures",
                                 "catalog135.json"), results)
        zdaudit("report", "--results", results, "--format", "html",
                "--output", report)
        source = "tests/report/fixtures/catalog135.json (no examples/clinic)"
    print("report from", source)
    with open(results, encoding="utf-8") as f:
        doc = json.load(f)
    statuses = [r["status"] for r in doc["results"]]

    # 2. load it after the script ran, with the filter self-test
    dom, console = chromium(exe, "file://" + report + "#zd-selftest",
                            "--dump-dom")
    check(not console, "no console message: %s" % console[:3])
    d = Dom()
    d.feed(dom)
    tags = d.tags
    ids = [a.get("id") for t, a in tags if t == "article"]
    check(len(ids) == len(doc["results"]) and len(ids) > 0,
          "one article per result (%d)" % len(ids))
    check(d.root.get("data-zd-ready") == str(len(ids)),
          "the script ran over every control")
    check(any(t == "h1" for t, _ in tags), "a title")
    cards = [a for t, a in tags if t == "a" and "card" in
             (a.get("class") or "")]
    check(len(cards) == 7, "seven summary cards")
    check(any(t == "section" and a.get("id") == "areas" for t, a in tags),
          "the summary by product area")
    filters = [a for t, a in tags if a.get("id") == "filters"]
    check(filters and "hidden" not in filters[0],
          "the filter bar is shown once the script ran")
    for st, rec in (("attested", "attestations"),
                    ("accepted", "exceptions")):
        if st in statuses:
            check(any(a.get("data-status") == st for t, a in tags),
                  "an %s control is visible" % st)
            check(any(a.get("id") == rec for t, a in tags),
                  "the register of %s" % rec)
    got = dict(kv.split("=") for kv in
               d.root.get("data-zd-selftest", "").split())
    want = {"all": len(statuses)}
    for st in ("fail", "error", "manual", "accepted", "attested", "pass",
               "not_applicable"):
        want[st] = statuses.count(st)
    check({k: int(v) for k, v in got.items()} == want,
          "each filter shows its controls: got %s, want %s" % (got, want))

    # 3. the screenshot a person looks at
    shot = os.path.join(OUT, "report.png")
    if os.path.exists(shot):
        os.unlink(shot)
    _, console = chromium(exe, "file://" + report, "--screenshot=" + shot,
                          "--window-size=1280,2000",
                          "--hide-scrollbars")
    check(not console, "no console message (screenshot run)")
    ok = os.path.exists(shot)
    if ok:
        with open(shot, "rb") as f:
            head = f.read(8)
        ok = head == b"\x89PNG\r\n\x1a\n" and os.path.getsize(shot) > 20000
    check(ok, "a screenshot was written to " + shot)
    print("screenshot:", shot)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("ok")
    return 0


sys.exit(main())
