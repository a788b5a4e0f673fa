#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# check_config.py — config tests run by ctest:
#   files  CHECK DIR          every bad/*.yaml fails with the line and message
#                             its first line expects ("# expect: LINE: TEXT");
#                             every good/*.yaml loads as it expects
#   attest CHECK DIR ZDAUDIT  `zdaudit attest` adds exactly one entry and keeps
#                             every other byte, mode and link; refuses bad input
#                             and invalid files without touching them
import difflib
import json
import os
import re
import stat
import subprocess
import sys
import tempfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def files(check_bin, src):
    # docs/config.md lists every parameter the controls declare
    names = run([check_bin, "--params"]).stdout.split()
    with open(os.path.join(src, "..", "..", "docs", "config.md"),
              encoding="utf-8") as f:
        doc = f.read()
    check(len(names) > 5, "the engine declares parameters")
    for n in names:
        check("| `%s` |" % n in doc, "docs/config.md lists parameter " + n)
    expect_files(check_bin, src, ("bad", "good"))
    # bounds, with test controls whose parameters nest
    os.environ["ZD_TEST_CONTROLS_DIR"] = os.path.join(src, "controls")
    expect_files(check_bin, src, ("limits",))
    del os.environ["ZD_TEST_CONTROLS_DIR"]


def expect_files(check_bin, src, subs):
    for sub in subs:
        d = os.path.join(src, sub)
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            with open(path, encoding="utf-8") as f:
                first = f.readline().rstrip("\n")
            m = re.match(r"# expect: (.*)$", first)
            want = m.group(1) if m else \
                "ok attestations=0 exceptions=0 subdomain=- healthcare=- " \
                "params={}"
            p = run([check_bin, path])
            got = p.stdout.strip()
            if want.startswith("ok"):
                check(p.returncode == 0 and got == want,
                      "%s: want %r, got %r" % (name, want, got))
                continue
            line, text = want.split(": ", 1)
            prefix = "%s:%s: " % (path, line)
            check(p.returncode == 1 and got.startswith(prefix) and
                  text in got, "%s: want %s%s..., got %r" %
                  (name, prefix, text, got))


class Attest:
    def __init__(self, check_bin, zdaudit):
        self.check_bin = check_bin
        self.zdaudit = zdaudit
        self.tmp = tempfile.mkdtemp(prefix="zd-attest-")
        self.env = dict(os.environ, ZDAUDIT_NOW="2026-11-25T10:00:00Z")

    def write(self, name, text, mode=0o644):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.chmod(path, mode)
        return path

    def read(self, path):
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()

    def attest(self, path, cid="ZD.SUP.6", *extra, owner="Dana Whitfield",
               statement="Laptops lock after 10 minutes."):
        args = [self.zdaudit, "attest", cid, "--owner", owner,
                "--statement", statement, "--config", path] + list(extra)
        return run(args, env=self.env)

    def dump(self, path):
        p = run([self.check_bin, path, "dump"])
        if p.returncode != 0:
            return None
        return json.loads(p.stdout)

    def only_insertion(self, before, after, what):
        """'after' is 'before' with lines inserted; the one line that may
        change is the `attestations:` line (its empty value, [] or ~
        replaced, or the flow list grown) or a last line that lacked its
        line break. Every other byte is kept."""
        a = before.splitlines(keepends=True)
        b = after.splitlines(keepends=True)
        ops = [op for op in difflib.SequenceMatcher(a=a, b=b,
               autojunk=False).get_opcodes() if op[0] != "equal"]
        ok = len(ops) == 1
        if ok and ops[0][0] == "replace":
            tag, i1, i2, j1, j2 = ops[0]
            old = a[i1]
            ok = i2 - i1 == 1 and (
                old.lstrip().startswith("attestations:") or
                (i1 == len(a) - 1 and not old.endswith("\n") and
                 b[j1] == old + ("\r\n" if "\r\n" in before else "\n")))
            if ok and old.lstrip().startswith("attestations:"):
                # the comment after the value survives
                if "#" in old:
                    ok = old[old.index("#"):].rstrip() in b[j1]
        elif ok:
            ok = ops[0][0] == "insert"
        check(ok, "%s: the rest of the file is kept byte for byte (%r)" %
              (what, ops))

    def added(self, path, before_text, what, **want):
        after_text = self.read(path)
        self.only_insertion(before_text, after_text, what)
        d = self.dump(path)
        check(d is not None, what + ": the edited file loads")
        if d is None:
            return
        last = d["attestations"][-1]
        want = dict({"control": "ZD.SUP.6", "owner": "Dana Whitfield",
                     "statement": "Laptops lock after 10 minutes.",
                     "date": "2026-11-25", "expires": "2027-11-25",
                     "evidence": None}, **want)
        for k, v in want.items():
            check(last.get(k) == v, "%s: %s is %r, want %r" %
                  (what, k, last.get(k), v))

    def cases(self, src):
        commented = (
            "# Riverside Clinic: zdaudit configuration\n"
            "account:\n"
            "  subdomain: riverside-clinic   # the account\n"
            "\n"
            "parameters:\n"
            "  api_token_rotation_days: 30\n"
            "\n"
            "attestations:\n"
            "  # process controls\n"
            "  - control: ZD.GEN.1\n"
            "    statement: |\n"
            "      The Healthcare Agreement was signed\n"
            "      on 2026-01-15.\n"
            "\n"
            "    owner: Legal\n"
            "    date: 2026-01-15\n"
            "    expires: 2027-01-15\n"
            "  # end of attestations\n"
            "\n"
            "exceptions: []   # none\n")
        p = self.write("commented.yaml", commented, 0o640)
        r = self.attest(p, "ZD.SUP.6", "--evidence",
                        "https://intranet.example/gpo")
        check(r.returncode == 0, "commented: exit 0 (%s)" % r.stderr)
        self.added(p, commented, "commented",
                   evidence="https://intranet.example/gpo")
        check(stat.S_IMODE(os.stat(p).st_mode) == 0o640,
              "commented: mode 0640 kept")
        text = self.read(p)
        check(text.index("ZD.SUP.6") < text.index("# end of attestations"),
              "commented: entry inside the list, before its comment")

        # through a symlink: the link stays a link
        target = self.write("target.yaml", "attestations:\n")
        link = os.path.join(self.tmp, "link.yaml")
        os.symlink("target.yaml", link)
        r = self.attest(link)
        check(r.returncode == 0 and os.path.islink(link),
              "symlink: kept (%s)" % r.stderr)
        self.added(target, "attestations:\n", "symlink")

        # a statement that tries to add keys or entries of its own
        evil = ('x"\n  - control: ZD.GEN.1\n    owner: evil\n'
                'exceptions: [\u2028] \\ # \' \t\x01 é')
        p = self.write("inject.yaml", "attestations: []\n")
        r = self.attest(p, statement=evil)
        check(r.returncode == 0, "inject: exit 0 (%s)" % r.stderr)
        self.added(p, "attestations: []\n", "inject", statement=evil)
        d = self.dump(p)
        check(d and len(d["attestations"]) == 1 and not d["exceptions"],
              "inject: exactly one attestation and nothing else")

        # layouts: flow list, empty value, indentless, no key, no newline
        for name, before in [
            ("flow", "attestations: [{control: ZD.GEN.1, statement: s, "
             "owner: o, date: 2026-01-01, expires: 2027-01-01}]  # c\n"),
            ("null", "attestations:   # to do\nexceptions:\n"),
            ("tilde", "account: {subdomain: riverside-clinic}\n"
             "attestations: ~\n"),
            ("indentless", "attestations:\n- control: ZD.GEN.1\n"
             "  statement: s\n  owner: o\n  date: 2026-01-01\n"
             "  expires: 2027-01-01\nexceptions:\n"),
            ("nokey", "account:\n  subdomain: riverside-clinic"),
            ("comments", "# nothing yet\n"),
        ]:
            p = self.write(name + ".yaml", before)
            r = self.attest(p)
            check(r.returncode == 0, "%s: exit 0 (%s)" % (name, r.stderr))
            self.added(p, before, name)
            before2 = self.read(p)
            r = self.attest(p, "ZD.MOBILE.1", "--expires", "2027-01-31",
                            owner="Second")
            check(r.returncode == 0, "%s: second entry (%s)" %
                  (name, r.stderr))
            self.added(p, before2, name + " (second)", control="ZD.MOBILE.1",
                       owner="Second", expires="2027-01-31")

        # CRLF files stay CRLF
        crlf = "account:\r\n  subdomain: x\r\nattestations:\r\n"
        p = self.write("crlf.yaml", crlf)
        r = self.attest(p)
        text = self.read(p)
        check(r.returncode == 0 and "\n" not in text.replace("\r\n", ""),
              "crlf: no bare LF (%s)" % r.stderr)
        self.added(p, crlf, "crlf")

        # a new file
        p = os.path.join(self.tmp, "new.yaml")
        r = self.attest(p, statement="Écran verrouillé – 10 min")
        check(r.returncode == 0 and self.dump(p) is not None,
              "new: created (%s)" % r.stderr)

        # refusals leave the file untouched
        for name, args, text, msg in [
            ("unknown id", ["ZD.SUP.99"], "attestations:\n",
             "unknown control 'ZD.SUP.99'"),
            ("bad expiry", ["ZD.SUP.6", "--expires", "2027-02-29"],
             "attestations:\n", "not a date"),
            ("expired", ["ZD.SUP.6", "--expires", "2026-11-24"],
             "attestations:\n", "in the past"),
            ("invalid file", ["ZD.SUP.6"],
             "attestations:\n  - control: ZD.SUP.6\n    owner: o\n",
             ":2: the attestation for ZD.SUP.6 has no 'statement'"),
            ("not a list", ["ZD.SUP.6"], "attestations: {a: 1}\n",
             "must be a list"),
        ]:
            p = self.write("refuse.yaml", text)
            r = self.attest(p, *args)
            check(r.returncode == 1 and msg in r.stderr and
                  self.read(p) == text, "%s: refused with %r, file "
                  "untouched (got %r)" % (name, msg, r.stderr))
        r = run([self.zdaudit, "attest", "ZD.SUP.6", "--statement", "s"],
                env=self.env, cwd=self.tmp)
        check(r.returncode == 1 and "--owner" in r.stderr,
              "no owner: refused")
        r = run([self.zdaudit, "attest", "--help"])
        check(r.returncode == 0 and "--statement" in r.stdout, "--help")
        check(not [f for f in os.listdir(self.tmp) if ".tmp." in f],
              "no temporary file left behind")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "files":
        files(sys.argv[2], sys.argv[3])
    else:
        Attest(sys.argv[2], sys.argv[4]).cases(sys.argv[3])
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("ok")
