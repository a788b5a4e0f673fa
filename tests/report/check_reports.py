#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# check_reports.py — tests of the html, csv, junit, markdown and action-plan
# writers, run by ctest:  check_reports.py golden|escaping|counts RENDER DIR
#   golden:   every format of every fixture equals golden/<fixture>.<ext>
#             (timestamps normalised; ZD_UPDATE_GOLDEN=1 rewrites them)
#   escaping: hostile values (<script>, quotes, commas, newlines, formulas)
#             render inert and parse back with csv, xml.etree, html.parser
#   counts:   one row / testcase / article per control of a 135-control
#             document, and JUnit totals that match the statuses
#   example:  check_reports.py example ZDAUDIT SRC — the acceptance path:
#             assess examples/clinic with examples/zdaudit.yaml, re-render
#             the saved JSON with `zdaudit report` in every format
import base64
import csv
import hashlib
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FORMATS = {"html": "html", "csv": "csv", "junit": "junit.xml",
           "markdown": "md", "action-plan": "action-plan.csv"}
FIXTURES = ["catalog135", "hostile"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def render(fmt, fixture):
    p = subprocess.run([RENDER, fmt, os.path.join(DIR, "fixtures",
                                                  fixture + ".json")],
                       capture_output=True)
    if p.returncode != 0:
        sys.exit("render %s %s failed: %s" % (fmt, fixture,
                                               p.stderr.decode()))
    return p.stdout.decode("utf-8")


def visible(s):
    """Text as src/core/safetext.c shows it: C0 controls but LF, DEL and C1
    as \\xNN / \\uNNNN."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch != "\n" and (c < 0x20 or c == 0x7f):
            out.append("\\x%02x" % c)
        elif 0x80 <= c <= 0x9f or 0x202a <= c <= 0x202e or 0x2066 <= c <= 0x2069:
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out)


def load(fixture):
    with open(os.path.join(DIR, "fixtures", fixture + ".json"),
              encoding="utf-8") as f:
        return json.load(f)


def normalise(text):
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ?", "<TIME>", text)


def golden():
    update = os.environ.get("ZD_UPDATE_GOLDEN") == "1"
    for fixture in FIXTURES:
        for fmt, ext in FORMATS.items():
            got = normalise(render(fmt, fixture))
            path = os.path.join(DIR, "golden", fixture + "." + ext)
            if update:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(got)
                continue
            with open(path, encoding="utf-8", newline="") as f:
                want = f.read()
            if got != want:
                for i, (a, b) in enumerate(zip(got.splitlines(),
                                               want.splitlines())):
                    if a != b:
                        print("first difference at line %d:\n got: %s\n"
                              "want: %s" % (i + 1, a[:300], b[:300]))
                        break
            check(got == want, "%s as %s differs from %s" %
                  (fixture, fmt, path))


class Html(html.parser.HTMLParser):
    """Collects tags, attributes and the text of elements by id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.scripts = []
        self.in_script = False
        self.text_of = {}
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.in_script = True
            self.scripts.append("")
        cls = dict(attrs).get("class") or ""
        self.stack.append((tag, cls))
        if tag == "p" and "details" in cls:
            self.text_of.setdefault("details", []).append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data
        if self.stack and self.stack[-1][0] == "p" and \
                "details" in self.stack[-1][1]:
            self.text_of["details"][-1] += data


def csp_hash_ok(text, parser):
    m = re.search(r"script-src '(sha256-[^']+)'", text)
    if not m or len(parser.scripts) != 1:
        return False
    digest = base64.b64encode(hashlib.sha256(
        parser.scripts[0].encode("utf-8")).digest()).decode()
    return m.group(1) == "sha256-" + digest


def escaping():
    doc = load("hostile")
    evil = doc["results"][0]["details"]
    # HTML: one script (ours), no injected element or handler, text back.
    text = render("html", "hostile")
    p = Html()
    p.feed(text)
    p.close()
    names = [t for t, _ in p.tags]
    check(names.count("script") == 1, "html: exactly one <script>")
    check("img" not in names and "b" not in names and "i" not in names,
          "html: no injected <img>, <b> or <i>")
    check(not any(k.startswith("on") for _, a in p.tags for k in a),
          "html: no event-handler attribute")
    check(not any((a.get("href") or "").lower().startswith("javascript:")
                  for _, a in p.tags), "html: no javascript: link")
    check(any(a.get("href") == "https://intranet.example/gpo?a=1&b=\"2\""
              for _, a in p.tags), "html: https evidence link parses back")
    check(csp_hash_ok(text, p), "html: CSP hash matches the script")
    check(not any(t in ("link", "iframe", "object", "embed") or "src" in a
                  for t, a in p.tags) and "url(" not in text,
          "html: no external or embedded resource")
    want = evil.replace("\u0001", "\ufffd")
    check(want in p.text_of.get("details", []),
          "html: details parse back to the original text")
    # CSV: RFC 4180, parses back exactly, but for control characters other
    # than line feeds, which are written visibly (\xNN): a raw CR or ESC
    # must not reach a spreadsheet or terminal (#11); formulas neutralised.
    rows = list(csv.reader(io.StringIO(render("csv", "hostile"),
                                       newline="")))
    check(len(rows) == 1 + len(doc["results"]), "csv: one row per control")
    check(all(len(r) == len(rows[0]) for r in rows), "csv: equal columns")
    hdr = rows[0]
    row = dict(zip(hdr, rows[1]))
    check(row["details"] == visible(evil), "csv: details parse back exactly")
    check(row["title"] == visible(evil), "csv: title parses back exactly")
    check(not re.search("[\x00-\x09\x0b-\x1f\x7f]", render("csv", "hostile")
                        .replace("\r\n", "\n")),
          "csv: no raw control character but line breaks")
    check(row["remediation"] == "'=cmd|' /C calc'!A0",
          "csv: formula neutralised with an apostrophe")
    check(row["exception_owner"] == "'-x", "csv: leading '-' neutralised")
    check(row["exception_state"] == "expired", "csv: expired exception")
    check(row["attestation_owner"] == "O'Brien, \"Ops\"",
          "csv: quotes and comma in a field")
    check("\n=HYPERLINK" in row["evidence"] and
          row["evidence"].startswith("[account_settings]"),
          "csv: evidence lines in one cell")
    # JUnit: well-formed, attribute values parse back.
    root = ET.fromstring(render("junit", "hostile").encode("utf-8"))
    found = root.findall(".//testcase")
    check(len(found) == len(doc["results"]), "junit: one testcase each")
    # suites group by area: find each result's testcase by its name
    cases = [next((c for c in found if c.get("name").startswith(
        str(r["id"]) + ": ")), None) for r in doc["results"]]
    fail = cases[0].find("failure")
    check(fail is not None and fail.get("message") ==
          evil.replace("\u0001", "\ufffd"), "junit: message parses back")
    check(cases[1].find("error") is not None,
          "junit: an unknown status is an error")
    check(cases[3].find("skipped") is not None and
          "Accepted: Accepted:" in cases[3].find("skipped").get("message"),
          "junit: accepted is skipped with its justification")
    check(cases[2].find("system-out") is not None and
          "Locked by GPO" in cases[2].find("system-out").text,
          "junit: attestation in system-out")
    # Markdown: no raw HTML, one table row per control, pipes escaped.
    md = render("markdown", "hostile")
    check(not re.search(r"(?<!\\)<(?!br>)", md),
          "markdown: no raw HTML from values (every < escaped)")
    table = md.split("## Controls\n")[1].split("\n## ")[0]
    body = [ln for ln in table.splitlines() if ln.startswith("| ")]
    check(len(body) == 1 + len(doc["results"]),
          "markdown: one table row per control")
    check(all(len(re.findall(r"(?<!\\)\|", ln)) == 6 for ln in body),
          "markdown: every row has 5 cells (pipes escaped)")
    check("\\[link\\](javascript" in md, "markdown: links escaped")
    # Action plan: parses, only fail/error, columns to fill in are empty
    # but the planned date an annotation gives (remediation_date).
    plan = list(csv.reader(io.StringIO(render("action-plan", "hostile"),
                                       newline="")))
    check(plan[0][-3:] == ["owner", "planned_date", "justification"],
          "action plan: columns to fill in")
    check(len(plan) == 2 and plan[1][0] == "ZD.SUP.5" and
          plan[1][-3:] == ["", "2027-01-31", ""],
          "action plan: the failing control, planned by its annotation")
    # Notes (excepted objects, annotations) in every format, escaped.
    for fmt in ("html", "markdown", "csv", "junit"):
        out = render(fmt, "hostile")
        check("Excepted user 1529420581227" in out and
              "Not excepted trigger 22" in out and
              "Reported as an incorrect result" in out and
              "remediation planned by 2027-01-31" in out,
              fmt + ": excepted objects and annotations shown")
    # The expiring list (assess --expiring) in HTML and Markdown, escaped.
    for fmt, tag in (("html", "&lt;script&gt;"), ("markdown", "\\<script\\>")):
        out = render(fmt, "hostile")
        check("Expiring within 30 days" in out and
              "attestation of ZD.SUP.6" in out and
              "scoped exception of ZD.SUP.7 (Lee) expires today" in out,
              fmt + ": expiring list shown")
        seg = out[out.index("Expiring within 30 days"):][:600]
        check(tag in seg and "<script>" not in seg,
              fmt + ": expiring owner escaped")
    # ... and per control in CSV and JUnit (the fewest days left).
    rows = {r["id"]: r for r in csv.DictReader(
        io.StringIO(render("csv", "hostile"), newline=""))}
    check(rows["ZD.SUP.6"]["expires_within_days"] == "6" and
          rows["ZD.SUP.7"]["expires_within_days"] == "0" and
          all(r["expires_within_days"] == "" for k, r in rows.items()
              if k not in ("ZD.SUP.6", "ZD.SUP.7")),
          "csv: expires_within_days per control")
    junit = render("junit", "hostile")
    check(junit.count('name="expires_within_days"') == 2 and
          '<property name="expires_within_days" value="0"/>' in junit,
          "junit: expires_within_days property per control")


def counts():
    doc = load("catalog135")
    n = len(doc["results"])
    check(n == 135, "fixture has 135 results")
    st = {}
    for r in doc["results"]:
        st[r["status"]] = st.get(r["status"], 0) + 1
    rows = list(csv.reader(io.StringIO(render("csv", "catalog135"),
                                       newline="")))
    check(len(rows) == n + 1, "csv: 135 rows and a header")
    check([r[0] for r in rows[1:]] == [r["id"] for r in doc["results"]],
          "csv: catalog order")
    root = ET.fromstring(render("junit", "catalog135").encode("utf-8"))
    check(len(root.findall(".//testcase")) == n, "junit: 135 testcases")
    check(root.get("tests") == str(n), "junit: tests attribute")
    check(root.get("failures") == str(st.get("fail", 0)),
          "junit: failures = fail")
    check(root.get("errors") == str(st.get("error", 0)),
          "junit: errors = error")
    skipped = sum(st.get(k, 0) for k in
                  ("manual", "not_applicable", "accepted"))
    check(root.get("skipped") == str(skipped),
          "junit: skipped = manual + not_applicable + accepted")
    check(sum(int(s.get("tests")) for s in root.findall("testsuite")) == n,
          "junit: suites add up")
    p = Html()
    p.feed(render("html", "catalog135"))
    ids = [a.get("id") for t, a in p.tags
           if t == "article" and "ctl" in (a.get("class") or "")]
    check(ids == [r["id"] for r in doc["results"]], "html: 135 articles")
    md = render("markdown", "catalog135")
    check(len(re.findall(r"^### ZD\\\.|^### ZD\.", md, re.M)) == n,
          "markdown: 135 detail sections")
    plan = list(csv.reader(io.StringIO(render("action-plan", "catalog135"),
                                       newline="")))
    check(len(plan) - 1 == st.get("fail", 0) + st.get("error", 0),
          "action plan: one row per fail or error")


def example():
    src = DIR
    clinic = os.path.join(src, "examples", "clinic")
    if not os.path.exists(os.path.join(clinic, "manifest.json")):
        print("examples/clinic is missing: skipped")
        sys.exit(77)
    env = dict(os.environ, ZDAUDIT_NOW="2026-11-25T10:00:00Z")
    tmp = tempfile.mkdtemp(prefix="zd-report-")
    res = os.path.join(tmp, "results.json")

    def zd(*args):
        return subprocess.run([RENDER] + list(args), capture_output=True,
                              text=True, env=env)
    p = zd("assess", "--snapshot", clinic, "--config",
           os.path.join(src, "examples", "zdaudit.yaml"), "--format", "json",
           "--output", res)
    check(p.returncode in (0, 2, 3), "assess ran (%s)" % p.stderr)
    with open(res, encoding="utf-8") as f:
        doc = json.load(f)
    st = [r["status"] for r in doc["results"]]
    check(len(st) == 135, "135 results")
    check("attested" in st and "accepted" in st,
          "the example config attests and accepts something")
    out = {}
    for fmt in ("html", "csv", "junit", "markdown"):
        path = os.path.join(tmp, "report." + fmt)
        extra = ["--action-plan", os.path.join(tmp, "plan.csv")] \
            if fmt == "csv" else []
        p = zd("report", "--results", res, "--format", fmt, "--output",
               path, *extra)
        check(p.returncode == 0, "report --format %s (%s)" % (fmt,
                                                              p.stderr))
        with open(path, encoding="utf-8", newline="") as f:
            out[fmt] = f.read()
    # advisory checks (ADV.*) are shown apart in every format, never counted
    adv = len(doc["advisory"])
    check(adv > 0 and not doc["advisory_counted"], "advisory checks listed apart")
    rows = list(csv.reader(io.StringIO(out["csv"], newline="")))
    check(len(rows) == 136 + adv, "csv: 135 rows, the advisory rows and a header")
    check([r[0][:4] for r in rows[136:]] == ["ADV."] * adv,
          "csv: the advisory rows come last")
    root = ET.fromstring(out["junit"].encode("utf-8"))
    check(len(root.findall(".//testcase")) == 135 + adv,
          "junit: 135 testcases and the advisory ones")
    check(int(root.get("failures")) == st.count("fail"),
          "junit: failures = fail (advisory checks never fail the suite)")
    check(out["html"].count('<article class="ctl') == 135,
          "html: 135 controls")
    check(out["html"].count('<section id="advisory">') == 1,
          "html: one advisory section")
    check(len(re.findall(r"^### ", out["markdown"], re.M)) == 135 + adv,
          "markdown: 135 controls and the advisory checks")
    check(out["markdown"].count("\n## Advisory checks") == 1,
          "markdown: one advisory section")
    with open(os.path.join(tmp, "plan.csv"), encoding="utf-8",
              newline="") as f:
        plan = list(csv.reader(f))
    check(len(plan) - 1 == st.count("fail") + st.count("error"),
          "action plan: one row per fail or error")
    p = zd("report", "--results", os.path.join(tmp, "missing.json"))
    check(p.returncode == 1 and "missing.json" in p.stderr,
          "report: a missing file is an error naming it")
    with open(os.path.join(tmp, "other.json"), "w") as f:
        f.write('{"schema": "something/else"}')
    p = zd("report", "--results", os.path.join(tmp, "other.json"))
    check(p.returncode == 1 and "zdaudit/results/1" in p.stderr,
          "report: a document of another kind is refused")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    MODE, RENDER, DIR = sys.argv[1], sys.argv[2], sys.argv[3]
    {"golden": golden, "escaping": escaping, "counts": counts,
     "example": example}[MODE]()
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("ok")
