#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# triage_test.py — the HTML report as a triage tool, rendered by headless
# Chromium from examples/clinic (issue #18 items 9 and 10):
#   - at 400 px wide nothing overflows horizontally (the page measures
#     scrollWidth - clientWidth itself under #zd-selftest);
#   - under prefers-color-scheme: dark (--force-dark-mode) the page is dark,
#     and light without it;
#   - remediation links: each control in the link table (src/report/links.c)
#     says where in Admin Center and links Zendesk's guide; every control
#     links Zendesk's source article with its section; no Admin Center URL
#     is made up (an /admin/ link only for a path the table confirms);
#   - the filters and sorting by severity, area, status and responsible
#     party, driven by the URL (#severity=critical&party=subscriber...),
#     leave visible exactly the controls the results JSON says, in order;
#   - no console message (script errors, CSP violations).
# Exit 77 (ctest: skipped) only when no chromium is installed.
# usage: triage_test.py ZDAUDIT SOURCE_DIR OUT_DIR
import html.parser
import json
import os
import subprocess
import sys

import headless

ZDAUDIT, SRC, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
ENV = dict(os.environ, ZDAUDIT_NOW="2026-11-25T10:00:00Z")
SEV = {"critical": 0, "high": 1, "medium": 2, "low": 3}
check = headless.check


def chromium(exe, url, *extra):
    rc, dom, console = headless.run(exe, url, *extra, "--dump-dom")
    check(rc == 0, "chromium ran (%d)" % rc)
    check(not console, "no console message: %s" % console[:3])
    return dom


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.root, self.articles, self.links = {}, [], []
        self.cur = None
        self.text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root = a
        elif tag == "article":
            self.cur = dict(a, links=[], where="")
            self.articles.append(self.cur)
        elif tag == "a" and self.cur is not None:
            self.cur["links"].append(a)
        elif tag == "p" and a.get("class") == "where":
            self.text = ""

    def handle_data(self, data):
        if self.text is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "p" and self.text is not None:
            self.cur["where"] = self.text
            self.text = None
        elif tag == "article":
            self.cur = None


def load(exe, report, frag, *extra):
    d = Dom()
    d.feed(chromium(exe, "file://" + report + "#zd-selftest" + frag,
                    "--window-size=400,900", *extra))
    return d


def main():
    exe = headless.find()
    if not exe:
        print("chromium is not installed: skipped")
        return 77
    os.makedirs(OUT, exist_ok=True)
    results = os.path.join(OUT, "triage.json")
    report = os.path.join(OUT, "triage.html")
    for args in (["assess", "--snapshot", os.path.join(SRC, "examples",
                                                      "clinic"),
                  "--config", os.path.join(SRC, "examples", "zdaudit.yaml"),
                  "--format", "json", "--output", results],
                 ["report", "--results", results, "--format", "html",
                  "--output", report]):
        p = subprocess.run([ZDAUDIT] + args, capture_output=True, text=True,
                           env=ENV)
        if p.returncode not in (0, 2, 3):
            sys.exit("zdaudit %s failed: %s" % (args[0], p.stderr))
    with open(results, encoding="utf-8") as f:
        doc = json.load(f)
    res = doc["results"]
    sub = doc["account"]["subdomain"]

    # 1. 400 px, light: no horizontal overflow
    d = load(exe, report, "")
    check(d.root.get("data-zd-ready") == str(len(res)), "the script ran")
    check(d.root.get("data-zd-overflow") == "0",
          "no horizontal overflow at 400 px (%s px)"
          % d.root.get("data-zd-overflow"))
    light = d.root.get("data-zd-bg", "")

    # 2. dark mode from prefers-color-scheme
    dark = load(exe, report, "", "--force-dark-mode").root.get("data-zd-bg",
                                                               "")

    def lum(rgb):
        try:
            r, g, b = [int(x) for x in rgb[rgb.index("(") + 1:
                                            rgb.index(")")].split(",")[:3]]
        except ValueError:
            return -1
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    check(lum(light) > 0.8, "light background without dark mode: %r" % light)
    check(0 <= lum(dark) < 0.15,
          "dark background under prefers-color-scheme: dark: %r" % dark)

    # 3. links
    by_id = {a["id"]: a for a in d.articles}
    linked = [a for a in d.articles if a["where"]]
    check(len(linked) >= 10, "at least 10 controls say where in Admin "
          "Center (%d)" % len(linked))
    for a in linked:
        check(a["where"].startswith("Where: Admin Center > "),
              "%s: an Admin Center location: %r" % (a["id"], a["where"]))
        guides = [l for l in a["links"] if l.get("class") == "guide"]
        check(len(guides) == 1 and guides[0]["href"].startswith(
            "https://support.zendesk.com/hc/en-us/articles/"),
            "%s: links Zendesk's guide" % a["id"])
    sup3 = by_id.get("ZD.SUP.3", {})
    check("Admin Center > Account > Security > Advanced" in
          sup3.get("where", "") and any(
              l.get("href", "").endswith("/articles/203663706")
              for l in sup3.get("links", [])),
          "ZD.SUP.3 (IP restrictions) says Account > Security > Advanced "
          "and links its article")
    for a in d.articles:
        src = [l for l in a["links"] if l.get("class") == "source"]
        check(len(src) == 1 and src[0]["href"].endswith(
            "/articles/4408828395802"),
            "%s: links the section of Zendesk's source article" % a["id"])
        for l in a["links"]:
            href = l.get("href", "")
            if "/admin/" in href:
                check(l.get("class") == "admin" and href.startswith(
                    "https://%s.zendesk.com/admin/" % sub),
                    "%s: an Admin Center link only from the table: %s"
                    % (a["id"], href))

    # 4. filters and sorting, as the URL asks
    def visible(dd):
        return [a["id"] for a in dd.articles if "hidden" not in a]
    cases = [
        ("&severity=critical", lambda r: r["severity"] == "critical"),
        ("&area=support", lambda r: r["area"] == "support"),
        ("&party=zendesk", lambda r: r["responsible"] == "zendesk"),
        ("&status=fail&severity=high&party=subscriber",
         lambda r: r["status"] == "fail" and r["severity"] == "high" and
         r["responsible"] == "subscriber"),
    ]
    for frag, keep in cases:
        want = [r["id"] for r in res if keep(r)]
        got = visible(load(exe, report, frag))
        check(got == want and want, "%s shows %d controls (want %d): %s"
              % (frag, len(got), len(want), got[:5]))
    dd = load(exe, report, "&sort=severity&status=fail")
    want = [r["id"] for r in sorted(
        (r for r in res if r["status"] == "fail"),
        key=lambda r: SEV.get(r["severity"], 4))]
    check(visible(dd) == want, "sorted by severity: %s, want %s"
          % (visible(dd)[:6], want[:6]))
    check([a["id"] for a in dd.articles][:len(want)] != [] and
          len(dd.articles) == len(res), "sorting keeps every control")
    return headless.verdict()


sys.exit(main())
