#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# check.py TEST ZDAUDIT SRC — zdaudit diff and history, run by ctest:
#   example  examples/clinic -> examples/clinic-later: the regression, each
#            setting and object change with its actor and time, the change
#            the audit log does not have, exit 2; no planted PHI in any
#            format; the same snapshot twice: nothing, exit 0
#   noise    updated_at / sign-in times / list order alone: no change; a
#            rename is "renamed"; an endpoint missing on one side is "not
#            comparable" and its objects are never "removed"
#   sides    results files and a results file beside a snapshot
#   history  runs recorded; two concurrent assessments both land; a
#            damaged or foreign file is refused and left as it was;
#            --control, --diff, --expiring
#   html     the trend (inline SVG, no script) and "last changed" lines
#   advisory advisory checks compared apart, never counted as regressions
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

TEST, ZD, SRC = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
CLINIC = os.path.join(SRC, "examples", "clinic")
LATER = os.path.join(SRC, "examples", "clinic-later")
ENV = dict(os.environ, ZDAUDIT_NOW="2026-12-14T10:00:00Z")
PLANTED = ["512-38-4907", "Quintero-Haas", "RFC-2207814", "7946 0958"]
TMP = tempfile.mkdtemp()
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, ok=(0,), env=ENV):
    p = subprocess.run([ZD] + args, capture_output=True, env=env)
    if p.returncode not in ok:
        sys.exit("zdaudit %s: exit %d: %s" % (" ".join(args), p.returncode,
                                              p.stderr.decode()[:600]))
    return p


def diff(a, b, ok=(0, 2), fmt="json"):
    p = run(["diff", a, b, "--format", fmt], ok=ok)
    return json.loads(p.stdout) if fmt == "json" else p.stdout.decode(), \
        p.returncode


def copy_snapshot(src, name):
    d = os.path.join(TMP, name)
    shutil.copytree(src, d)
    return d


def edit(snap, file, fn):
    p = os.path.join(snap, file)
    with open(p) as f:
        d = json.load(f)
    fn(d)
    with open(p, "w") as f:
        json.dump(d, f, indent=2)


def test_example():
    d, rc = diff(CLINIC, LATER)
    check(rc == 2, "a regression exits 2 (got %d)" % rc)
    c0 = d["controls"][0]
    check(c0["id"] == "ZD.SUP.5" and c0["change"] == "regression" and
          (c0["old"], c0["new"]) == ("pass", "fail"),
          "the regression comes first: %r" % c0)
    changes = [c["change"] for c in d["controls"]]
    order = {"regression": 0, "status": 1, "evidence": 2, "fix": 3}
    check(changes == sorted(changes, key=order.get), "worst first")
    check(any(c["id"] == "ZD.GUIDE.1" and c["change"] == "fix"
              for c in d["controls"]), "the fixed article is a fix")
    check(any(c["id"] == "ZD.SUP.9" and c["change"] == "evidence" and
              any("360091775504" in e for e in c["evidence_added"])
              for c in d["controls"]), "SUP.9 names the edited trigger")
    sett = {s["path"]: s for s in d["settings"]}
    pa = sett.get("settings.tickets.private_attachments")
    check(pa and pa["old"] is True and pa["new"] is False and
          pa["audit"][0]["actor"] == "Priya Natarajan" and
          pa["audit"][0]["time"] == "2026-12-02T17:44:51Z",
          "attachments setting: values, actor and time")
    tf = sett.get("security_settings.two_factor_last_update")
    check(tf and [a["change"] for a in tf["audit"]] == ["Disabled", "Enabled"]
          and tf["audit"][0]["actor"] == "Priya Natarajan",
          "2FA turned on and off again: both entries, who and when")
    objs = {(o["type"], o["change"]): o for o in d["objects"]}
    tok = objs.get(("API token", "added"))
    check(tok and tok["id"] == 360000777103 and
          tok["audit"][0]["actor"] == "Morgan Reyes", "new API token, by whom")
    trg = objs.get(("trigger", "changed"))
    check(trg and trg["audit"][0]["time"] == "2026-12-05T10:12:40Z" and
          any("latest_comment" in json.dumps(f["new"]) for f in trg["fields"]),
          "trigger edited to mail the comment, when")
    mac = objs.get(("macro", "renamed"))
    check(mac and mac["old_title"] == "Billing: statement explained",
          "macro renamed")
    art = objs.get(("article", "changed"))
    check(art and art["audit"] == [] and
          art["audit_note"].startswith("not in the audit log"),
          "the article edit is not in the audit log, and says so")
    check(not any("updated_at" in f["path"] or "last_login_at" in f["path"]
                  for o in d["objects"] for f in o["fields"]),
          "noise fields are not changes")
    check(not any(o["endpoint"] == "organizations" for o in d["objects"]),
          "organisations in another order are no change")
    check(not any(o["endpoint"] == "end_users" for o in d["objects"]),
          "end users (patients) are never listed")
    for fmt in ("json", "text", "markdown", "html"):
        out = run(["diff", CLINIC, LATER, "--format", fmt], ok=(2,)).stdout \
            .decode()
        leak = [v for v in PLANTED if v in out]
        check(not leak, "%s: no planted PHI (%s)" % (fmt, leak))
        if fmt == "html":
            check("<script" not in out, "the diff HTML has no script")
            html.parser.HTMLParser().feed(out)
        if fmt == "text":
            check("Priya Natarajan" in out and "2026-12-02T17:44:51Z" in out,
                  "text names actor and time")
    same, rc = diff(CLINIC, CLINIC)
    check(rc == 0 and not same["controls"] and not same["settings"] and
          not same["objects"], "the same snapshot twice: no change, exit 0")


def test_noise():
    a = copy_snapshot(CLINIC, "a")
    b = copy_snapshot(CLINIC, "b")
    edit(b, "users.json", lambda d: [u.__setitem__("last_login_at",
                                                   "2030-01-01T00:00:00Z")
                                     for u in d["users"]])
    edit(b, "triggers.json", lambda d: ([t.__setitem__("updated_at",
                                                       "2030-01-01T00:00:00Z")
                                         for t in d["triggers"]],
                                        d["triggers"].reverse()))
    edit(b, "organizations.json", lambda d: d["organizations"].reverse())
    edit(b, "custom_roles.json", lambda d: d["custom_roles"].reverse())
    d, rc = diff(a, b)
    check(rc == 0 and not d["settings"] and not d["objects"] and
          not d["controls"], "noise and order only: nothing (%r)" %
          (d["objects"][:2],))
    edit(b, "brands.json", lambda d: d["brands"][0].__setitem__(
        "name", "Riverside Family Clinic & Pharmacy"))
    d, _ = diff(a, b)
    check([(o["type"], o["change"]) for o in d["objects"]] ==
          [("brand", "renamed")], "a renamed brand is 'renamed': %r" %
          d["objects"])
    # an endpoint missing on one side: not comparable, never removed
    def drop(m):
        m["endpoints"]["api_tokens"].update(outcome="http_error",
                                            http_status=403, file=None,
                                            error="Forbidden")
    edit(b, "manifest.json", drop)
    os.remove(os.path.join(b, "api_tokens.json"))
    d, _ = diff(a, b)
    check(any(n["endpoint"] == "api_tokens" for n in d["not_comparable"]),
          "a refused endpoint is not comparable")
    check(not any(o["endpoint"] == "api_tokens" for o in d["objects"]),
          "its objects are not 'removed'")
    # a list cut short: no removals from it
    c = copy_snapshot(CLINIC, "c")
    edit(c, "macros.json", lambda d: d["macros"].pop())
    edit(c, "manifest.json", lambda m: m["endpoints"]["macros"].update(
        truncated=True))
    d, _ = diff(a, c)
    check(not any(o["endpoint"] == "macros" and o["change"] == "removed"
                  for o in d["objects"]) and
          any(n["endpoint"] == "macros" for n in d["not_comparable"]),
          "a truncated list never reports removals")
    # a control character in a title cannot reach the terminal raw
    edit(c, "triggers.json", lambda d: d["triggers"][0].__setitem__(
        "title", "evil\x1b]0;pwned\x07title"))
    out, _ = diff(a, c, fmt="text")
    check("\x1b" not in out and "\x07" not in out and "\\x1b" in out,
          "control characters are shown escaped")


def test_sides():
    r1 = os.path.join(TMP, "r1.json")
    r2 = os.path.join(TMP, "r2.json")
    run(["assess", "--snapshot", CLINIC, "-f", "json", "-o", r1, "-q"],
        ok=(2, 3))
    run(["assess", "--snapshot", LATER, "-f", "json", "-o", r2, "-q"],
        ok=(2, 3))
    d, rc = diff(r1, r2)
    check(rc == 2 and d["controls"][0]["id"] == "ZD.SUP.5",
          "results files: the regression, exit 2")
    check(any(n["endpoint"] == "*" for n in d["not_comparable"]) and
          not d["settings"], "results files: settings not comparable")
    d, rc = diff(r1, LATER)
    check(rc == 2 and d["new"]["kind"] == "snapshot" and
          d["old"]["kind"] == "results", "a results file beside a snapshot")
    other = copy_snapshot(CLINIC, "other")
    edit(other, "manifest.json", lambda m: m["account"].__setitem__(
        "subdomain", "another-clinic"))
    p = subprocess.run([ZD, "diff", CLINIC, other], capture_output=True,
                       env=ENV)
    check(p.returncode == 1 and b"two accounts" in p.stderr,
          "two accounts are refused")
    p = subprocess.run([ZD, "diff", CLINIC], capture_output=True, env=ENV)
    check(p.returncode == 1, "one side only is a usage error")


def test_advisory():
    # An advisory check that regresses is shown apart and never counted:
    # the same account with sender authentication switched off.
    off = copy_snapshot(CLINIC, "adv-off")
    edit(off, "account_settings.json", lambda d: d["settings"]["email"]
         .__setitem__("email_sender_authentication", False))
    d, rc = diff(CLINIC, off)
    ids = [(a["id"], a["change"]) for a in d.get("advisory", [])]
    check(ids == [("ADV.MAIL.2", "regression")],
          "advisory: the switched-off check is listed (got %r)" % ids)
    check(rc == 0 and d["summary"]["regressions"] == 0 and
          d["summary"]["advisory"] == 1,
          "advisory: not a regression of the baseline (exit %d)" % rc)
    check(not any(c["id"].startswith("ADV.") for c in d["controls"]),
          "advisory: not among the controls")
    for fmt, head in (("text", "Advisory checks (not counted)"),
                      ("markdown", "## Advisory checks (not counted)"),
                      ("html", "<h2>Advisory checks (not counted)</h2>")):
        out, _ = diff(CLINIC, off, fmt=fmt)
        check(head in out and "ADV.MAIL.2" in out,
              "advisory: %s shows the section" % fmt)
    out, _ = diff(CLINIC, CLINIC, fmt="text")
    check("Advisory" not in out, "advisory: no section when none changed")
    # the history keeps them, and compares two runs the same way
    h = os.path.join(TMP, "adv.db")
    assess_h(CLINIC, h)
    assess_h(off, h, env=dict(ENV, ZDAUDIT_NOW="2026-12-15T10:00:00Z"))
    ctl = json.loads(run(["history", "--history", h, "--control",
                          "ADV.MAIL.2", "--format", "json"]).stdout)
    check([x["status"] for x in ctl] == ["pass", "fail"],
          "advisory: a check over time in the history (got %r)" % ctl)
    runs = json.loads(run(["history", "--history", h, "--format",
                           "json"]).stdout)["runs"]
    p = run(["history", "--history", h, "--diff", str(runs[0]["run"]),
             str(runs[1]["run"]), "--format", "json"], ok=(0,))
    d = json.loads(p.stdout)
    check([a["id"] for a in d.get("advisory", [])] == ["ADV.MAIL.2"] and
          not d["controls"], "advisory: history --diff lists it apart, exit 0")
    # ... unless the runs counted them (assess --advisory): then, as
    # zdaudit diff of the two reports says, the regression is one
    hc = os.path.join(TMP, "adv-counted.db")
    assess_h(CLINIC, hc, extra=["--advisory"])
    assess_h(off, hc, extra=["--advisory"],
             env=dict(ENV, ZDAUDIT_NOW="2026-12-15T10:00:00Z"))
    runs = json.loads(run(["history", "--history", hc, "--format",
                           "json"]).stdout)["runs"]
    p = run(["history", "--history", hc, "--diff", str(runs[0]["run"]),
             str(runs[1]["run"]), "--format", "json"], ok=(0, 2))
    d = json.loads(p.stdout)
    ids = [(c["id"], c["change"]) for c in d["controls"]]
    check(p.returncode == 2 and ids == [("ADV.MAIL.2", "regression")] and
          d["summary"]["regressions"] == 1 and not d.get("advisory"),
          "advisory counted: history --diff counts its regression, exit 2 "
          "(got exit %d, %r)" % (p.returncode, ids))
    check("advisory_counted" not in runs[0]["summary"],
          "advisory counted: the runs' summaries are as recorded")


def assess_h(snap, hist, extra=(), ok=(2, 3), env=ENV):
    return run(["assess", "--snapshot", snap, "--history", hist, "-q",
                "-o", os.devnull] + list(extra), ok=ok, env=env)


def test_history():
    h = os.path.join(TMP, "h.db")
    assess_h(CLINIC, h)
    assess_h(LATER, h, env=dict(ENV, ZDAUDIT_NOW="2026-12-15T10:00:00Z"))
    runs = json.loads(run(["history", "--history", h, "--format",
                           "json"]).stdout)["runs"]
    check(len(runs) == 2 and runs[0]["subdomain"] == "riverside-clinic" and
          len(runs[0]["snapshot_digest"]) == 64 and
          runs[0]["snapshot_digest"] != runs[1]["snapshot_digest"],
          "two runs with their digests")
    ctl = json.loads(run(["history", "--history", h, "--control", "ZD.SUP.5",
                          "--format", "json"]).stdout)
    check([x["status"] for x in ctl] == ["pass", "fail"],
          "a control over time")
    p = run(["history", "--history", h, "--diff", str(runs[0]["run"]),
             str(runs[1]["run"])], ok=(2,))
    check(b"ZD.SUP.5" in p.stdout and b"regression" in p.stdout,
          "--diff of two runs finds the regression, exit 2")
    exp = json.loads(run(["history", "--history", h, "--format", "json",
                          "--expiring", "3650"]).stdout)["expiring"]
    check(exp == [], "no attestation without a config")
    assess_h(CLINIC, h, ["--config", os.path.join(SRC, "examples",
                                                  "zdaudit.yaml")])
    exp = json.loads(run(["history", "--history", h, "--format", "json",
                          "--expiring", "400"]).stdout)["expiring"]
    check({"ZD.SUP.4.3", "ZD.GEN.1"} <= {x["control"] for x in exp},
          "expiring attestations and exceptions listed: %r" % exp)
    # two assessments at once: both land
    hc = os.path.join(TMP, "conc.db")
    for rnd in range(5):
        ps = [subprocess.Popen([ZD, "assess", "--snapshot", CLINIC,
                                "--history", hc, "-q", "-o", os.devnull],
                               env=ENV, stderr=subprocess.PIPE)
              for _ in range(2)]
        codes = [p.wait() for p in ps]
        check(all(c in (2, 3) for c in codes), "concurrent assess exit %r: %s"
              % (codes, [p.stderr.read()[:200] for p in ps]))
    n = len(json.loads(run(["history", "--history", hc, "--format",
                            "json"]).stdout)["runs"])
    check(n == 10, "10 concurrent runs recorded, got %d" % n)
    # a damaged file: clear error, nothing written, earlier runs kept
    bad = os.path.join(TMP, "bad.db")
    with open(bad, "wb") as f:
        f.write(b"this is not an SQLite database\n" * 50)
    before = open(bad, "rb").read()
    p = assess_h(CLINIC, bad, ok=(1,))
    check(b"not a zdaudit history" in p.stderr, "damaged history: message")
    check(open(bad, "rb").read() == before, "damaged history left as it was")
    shutil.copy(h, os.path.join(TMP, "h2.db"))
    h2 = os.path.join(TMP, "h2.db")
    with open(h2, "r+b") as f:       # damage a page in the middle
        f.seek(4096 + 100)
        f.write(b"\xff" * 2000)
    p = subprocess.run([ZD, "assess", "--snapshot", CLINIC, "--history", h2,
                        "-q", "-o", os.devnull], capture_output=True, env=ENV)
    if p.returncode == 1:
        check(b"history" in p.stderr, "corrupt page: an error naming it")
    n_after = len(json.loads(run(["history", "--history", h, "--format",
                                  "json"]).stdout)["runs"])
    check(n_after == 3, "the intact history keeps its 3 runs")
    import sqlite3
    foreign = os.path.join(TMP, "foreign.db")
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = open(foreign, "rb").read()
    p = assess_h(CLINIC, foreign, ok=(1,))
    check(b"not a zdaudit history" in p.stderr and
          open(foreign, "rb").read() == before, "a foreign SQLite file is "
          "refused untouched")
    p = subprocess.run([ZD, "history", "--history", os.path.join(TMP, "no.db")],
                       capture_output=True)
    check(p.returncode == 1 and not os.path.exists(os.path.join(TMP, "no.db")),
          "history of a missing file: error, nothing created")


def test_html():
    h = os.path.join(TMP, "t.db")
    assess_h(CLINIC, h)
    assess_h(CLINIC, h, env=dict(ENV, ZDAUDIT_NOW="2026-12-14T11:00:00Z"))
    out = os.path.join(TMP, "r.html")
    run(["assess", "--snapshot", LATER, "--history", h, "-q", "-f", "html",
         "-o", out], ok=(2, 3), env=dict(ENV, ZDAUDIT_NOW="2026-12-15T10:00:00Z"))
    text = open(out).read()
    html.parser.HTMLParser().feed(text)
    check('<section id="trend">' in text and text.count("<polyline") == 4,
          "the trend: one line per status")
    check("<script" not in text.split('<section id="trend">')[1]
          .split("</section>")[0], "no script in the trend")
    i = text.index('id="ZD.SUP.5"')
    art = text[i:text.index("</article>", i)]
    check("last-changed" in art and "Pass" in art,
          "ZD.SUP.5 says when its status changed: %s" % art[:300])
    j = text.index('id="ZD.SUP.1.1"')
    check("last-changed" not in text[j:text.index("</article>", j)],
          "an unchanged control has no such line")
    plain = os.path.join(TMP, "plain.html")
    run(["assess", "--snapshot", LATER, "-q", "-f", "html", "-o", plain],
        ok=(2, 3))
    check('id="trend"' not in open(plain).read(), "no history, no trend")
    # diff's HTML escapes what the reports say: a results file edited to
    # hold markup in a status (or from another tool) writes no markup
    a, b = os.path.join(TMP, "esc-a.json"), os.path.join(TMP, "esc-b.json")
    run(["assess", "--snapshot", CLINIC, "-q", "-f", "json", "-o", a],
        ok=(2, 3))
    doc = json.load(open(a))
    doc["results"][0]["status"] = "<script>x()</script>"
    json.dump(doc, open(b, "w"))
    out, _ = diff(a, b, fmt="html")
    check("<script" not in out and "&lt;script&gt;" in out,
          "diff HTML: a status is escaped, not written as markup")
    doc["results"][0]["status"] = "\x1b[2Jfail"
    json.dump(doc, open(b, "w"))
    out, _ = diff(a, b, fmt="text")
    check("\x1b" not in out and "\\x1b[2Jfail" in out,
          "diff text: a status's control bytes are shown, not sent")


{"example": test_example, "noise": test_noise, "sides": test_sides,
 "history": test_history, "html": test_html,
 "advisory": test_advisory}[TEST]()
shutil.rmtree(TMP, ignore_errors=True)
if failures:
    sys.exit("%d check(s) failed" % len(failures))
print("diff %s: all checks passed" % TEST)
