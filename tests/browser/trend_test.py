#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# trend_test.py ZDAUDIT SRC OUT — headless Chromium opens an HTML report
# made with `assess --history`: the trend's inline SVG is in the DOM with
# one line per status and points for every run, the CSP reports nothing
# (no console message), and a screenshot of it is written to OUT/trend.png.
# Exit 77 (ctest: skipped) only when no chromium is installed.
import os
import re
import shutil
import subprocess
import sys
import tempfile

import headless

ZDAUDIT, SRC, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
check = headless.check


def chromium(exe, url, *extra):
    rc, out, console = headless.run(exe, url, *extra)
    check(rc == 0, "chromium exited %d" % rc)
    return out, console


def main():
    exe = headless.find()
    if not exe:
        print("chromium is not installed: skipped")
        return 77
    tmp = tempfile.mkdtemp()
    hist = os.path.join(tmp, "h.db")
    report = os.path.join(tmp, "report.html")
    for when, snap in (("2026-11-20T10:00:00Z", "clinic"),
                       ("2026-11-27T10:00:00Z", "clinic"),
                       ("2026-12-14T10:00:00Z", "clinic-later")):
        p = subprocess.run([ZDAUDIT, "assess", "--snapshot",
                            os.path.join(SRC, "examples", snap), "--history",
                            hist, "-q", "-f", "html", "-o", report],
                           env=dict(os.environ, ZDAUDIT_NOW=when),
                           capture_output=True, text=True)
        if p.returncode not in (2, 3):
            sys.exit("assess failed: %s" % p.stderr)
    dom, console = chromium(exe, "file://" + report, "--dump-dom")
    check(not console, "no console message: %s" % console[:3])
    svg = re.search(r'<svg class="trend".*?</svg>', dom, re.S)
    check(svg is not None, "the trend SVG is in the rendered page")
    if svg:
        lines = re.findall(r'<polyline[^>]*points="([^"]*)"', svg.group(0))
        check(len(lines) == 4 and all(len(pts.split()) == 3 for pts in lines),
              "four series of three runs: %r" % lines)
    check('class="last-changed"' in dom, "a control says when it changed")
    shot = os.path.join(OUT, "trend.png")
    _, console = chromium(exe, "file://" + report + "#trend",
                          "--screenshot=" + shot, "--window-size=900,1400",
                          "--hide-scrollbars")
    check(os.path.exists(shot) and os.path.getsize(shot) > 5000,
          "a screenshot of the trend")
    shutil.rmtree(tmp, ignore_errors=True)
    return headless.verdict("ok: trend rendered; screenshot " + shot)


sys.exit(main())
