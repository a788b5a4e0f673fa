#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# left_test.py — the HTML report's "What is left for you" and "Expiring
# within N days" sections, as headless Chromium renders them (the DOM after
# the page's script ran, no console message):
#   - every `manual` control is listed once, under the party responsible
#     for it, with its question, and links to its own detail (an article
#     with that id exists);
#   - with `config init`'s stubs filled in, the section says nothing is
#     left;
#   - the expiring list names the records that lapse within --expiring.
# Exit 77 (ctest: skipped) only when no chromium is installed.
# usage: left_test.py ZDAUDIT SOURCE_DIR OUT_DIR
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

import headless

ZDAUDIT, SRC, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
ENV = dict(os.environ, ZDAUDIT_NOW="2026-11-25T10:00:00Z")
check = headless.check


def chromium(exe, url):
    rc, out, console = headless.run(exe, url, "--dump-dom")
    check(rc == 0, "chromium ran (%d)" % rc)
    return out, console


def zdaudit(*args):
    p = subprocess.run([ZDAUDIT] + list(args), capture_output=True,
                       text=True, env=ENV)
    if p.returncode not in (0, 2, 3):
        sys.exit("zdaudit %s failed (%d): %s" % (" ".join(args),
                                                 p.returncode, p.stderr))
    return p


class Left(html.parser.HTMLParser):
    """Collects the articles' ids and, inside section#left, each party
    group with its items: (href, text of the item's question)."""

    def __init__(self):
        super().__init__()
        self.articles, self.groups = set(), {}
        self.in_left = self.in_q = False
        self.party = self.href = None
        self.none = False
        self.depth = 0
        self.expiring = []
        self.in_exp = False
        self.text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article" and a.get("id"):
            self.articles.add(a["id"])
        if tag == "section":
            self.in_left = a.get("id") == "left"
            self.in_exp = a.get("id") == "expiring"
        if self.in_left and tag == "div" and a.get("data-party"):
            self.party = a["data-party"]
            self.groups[self.party] = []
        if self.in_left and tag == "a" and self.party:
            self.href = a.get("href")
        if self.in_left and tag == "p" and a.get("class") == "question":
            self.in_q, self.text = True, ""
        if self.in_left and tag == "p" and a.get("class") == "none":
            self.none = True
        if self.in_exp and tag == "li":
            self.text = ""

    def handle_endtag(self, tag):
        if tag == "p" and self.in_q:
            self.groups[self.party].append((self.href, self.text))
            self.in_q = False
        if tag == "section":
            self.in_left = self.in_exp = False
        if self.in_exp and tag == "li":
            self.expiring.append(self.text)

    def handle_data(self, data):
        if self.in_q or self.in_exp:
            self.text += data


def render(exe, name, *assess_args):
    results = os.path.join(OUT, name + ".json")
    report = os.path.join(OUT, name + ".html")
    zdaudit("assess", "--snapshot", os.path.join(SRC, "examples", "clinic"),
            "--format", "json", "--output", results, *assess_args)
    zdaudit("report", "--results", results, "--format", "html", "--output",
            report)
    dom, console = chromium(exe, "file://" + report)
    check(not console, "%s: no console message: %s" % (name, console[:3]))
    p = Left()
    p.feed(dom)
    with open(results, encoding="utf-8") as f:
        return json.load(f), p


def main():
    exe = headless.find()
    if not exe:
        print("chromium is not installed: skipped")
        return 77
    os.makedirs(OUT, exist_ok=True)
    cfg = os.path.join(SRC, "examples", "zdaudit.yaml")

    # 1. the example: every manual control, by party, with its question
    doc, page = render(exe, "left", "--config", cfg, "--expiring", "400")
    manual = {r["id"]: r for r in doc["results"] if r["status"] == "manual"}
    listed = {}
    for party, items in page.groups.items():
        for href, question in items:
            cid = (href or "#")[1:]
            listed[cid] = party
            check(cid in page.articles, "%s links to its detail" % cid)
            r = manual.get(cid)
            check(r is not None, "%s listed is manual" % cid)
            if r:
                want = r.get("question") or r["details"]
                check(question.split() == want.split(),
                      "%s shows its question" % cid)
                check(r["responsible"] == party or
                      (party == "subscriber" and r["responsible"] not in
                       ("shared", "zendesk")),
                      "%s is under its party (%s, not %s)" %
                      (cid, r["responsible"], party))
    check(set(listed) == set(manual) and len(manual) > 50,
          "every manual control is listed once (%d of %d)" %
          (len(listed), len(manual)))
    check(set(page.groups) <= {"subscriber", "shared", "zendesk"} and
          len(page.groups) >= 2, "grouped by party: %s" % sorted(page.groups))
    # the example's records lapsing within 400 days are listed
    want = [x["control"] for x in doc["expiring"]]
    check(len(want) >= 2 and all(any(c in t for t in page.expiring)
                                  for c in want),
          "expiring: %r listed (%r)" % (want, page.expiring))

    # 2. stubs from config init, filled: nothing is left
    tmp = tempfile.mkdtemp(prefix="zd-left-")
    init = os.path.join(tmp, "zdaudit.yaml")
    zdaudit("config", "init", "--snapshot",
            os.path.join(SRC, "examples", "clinic"), "-o", init)
    text = open(init, encoding="utf-8").read()
    text = text.replace('statement: ""', 'statement: "Checked."')
    text = text.replace('owner: ""', 'owner: "Dana Whitfield"')
    text = text.replace('date: ""', 'date: 2026-11-25')
    text = text.replace('expires: ""', 'expires: 2027-11-24')
    open(init, "w", encoding="utf-8").write(text)
    doc, page = render(exe, "left-done", "--config", init)
    check(doc["summary"]["manual"] == 0 and page.none and not page.groups,
          "filled: the section says nothing is left")
    return headless.verdict()


sys.exit(main())
