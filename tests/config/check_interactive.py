#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# check_interactive.py — drives `zdaudit attest --interactive` in a real
# terminal (tmux): answers two controls, skips none, stops at the third
# with Ctrl-C, and checks the file holds exactly the two answers (defaults
# taken: owner repeated, expiry = today + --valid-days) and the run exited
# 130. Also: without a terminal the command refuses.
#   usage: check_interactive.py ZDAUDIT CHECK
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

failures = []
NOW = "2026-11-25T10:00:00Z"


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def main(zdaudit, check_bin):
    if not shutil.which("tmux"):
        print("tmux not installed: skipped")
        sys.exit(77)
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        # the tmux server cannot detach without it (daemon(3))
        print("/dev/null is not a device on this machine: skipped")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="zd-tmux-")
    cfg = os.path.join(tmp, "zdaudit.yaml")
    done = os.path.join(tmp, "exit")
    sock = "zdaudit-test-%d" % os.getpid()
    # the shell survives Ctrl-C (a trap, reset for the child) to record
    # zdaudit's exit status
    cmd = ("trap : INT; ZDAUDIT_NOW=%s %s attest --interactive "
           "--valid-days 200 --config %s ZD.HOST.1 ZD.GEN.1 ZD.GEN.5; "
           "echo $? > %s; sleep 30" % (NOW, zdaudit, cfg, done))
    tmux = ["tmux", "-L", sock, "-f", "/dev/null"]
    started = subprocess.run(tmux + ["new-session", "-d", "-x", "160", "-y", "50",
                                     "sh", "-c", cmd])
    if started.returncode != 0:
        # e.g. /dev/null is not a character device on this machine: no terminal to drive
        print("tmux cannot start a server here: skipped")
        sys.exit(77)

    def screen():
        return subprocess.run(tmux + ["capture-pane", "-p", "-S", "-200"],
                              capture_output=True, text=True).stdout

    def wait_for(text, count=1):
        # a deadline, not a count of polls: CI's machine is loaded
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if screen().count(text) >= count:
                return True
            time.sleep(0.05)
        check(False, "prompt %r (x%d) never appeared:\n%s" %
              (text, count, screen()))
        return False

    def send(*keys):
        subprocess.run(tmux + ["send-keys"] + list(keys), check=True)

    try:
        if wait_for("[1/3] ZD.HOST.1"):
            check("Question: " in screen() and
                  "Evidence to keep: " in screen(),
                  "the question and evidence hint are shown")
            wait_for("Statement")
            send("-l", "Zendesk Support confirmed us-east-1 in writing.")
            send("Enter")
            wait_for("Owner")
            send("-l", "Dana Whitfield, Security Officer")
            send("Enter")
            wait_for("Expires (YYYY-MM-DD) [2027-06-13]")
            send("Enter")                       # the default expiry
            wait_for("Evidence")
            send("-l", "https://intranet.example/host-region")
            send("Enter")
            wait_for("[2/3] ZD.GEN.1")
            wait_for("Statement", 2)
            send("-l", "The Healthcare Agreement was signed on 2026-02-03.")
            send("Enter")
            wait_for("Owner (person and role) [Dana Whitfield, Security "
                     "Officer]")
            send("Enter")                       # the same owner again
            wait_for("Expires", 2)
            send("-l", "2027-02-02")
            send("Enter")
            wait_for("Evidence", 4)
            send("Enter")                       # none
            wait_for("[3/3] ZD.GEN.5")
            wait_for("Statement", 3)
            send("-l", "half an answ")
            send("C-c")                         # stop: keeps what was saved
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if os.path.exists(done) and open(done).read().strip():
                break
            time.sleep(0.05)
        code = open(done).read().strip() if os.path.exists(done) else "?"
        check(code == "130", "Ctrl-C exits 130 (got %s)\n%s" %
              (code, screen()))
        check("2 attestation(s) saved" in screen(), "says what was saved")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)

    p = subprocess.run([check_bin, cfg, "dump"], capture_output=True,
                       text=True)
    check(p.returncode == 0, "the file is valid (%s)" % p.stdout)
    atts = json.loads(p.stdout)["attestations"] if p.returncode == 0 else []
    check([a["control"] for a in atts] == ["ZD.HOST.1", "ZD.GEN.1"],
          "exactly the two answers are in the file (%r)" % atts)
    if len(atts) == 2:
        a, b = atts
        check(a["statement"].startswith("Zendesk Support confirmed") and
              a["owner"] == "Dana Whitfield, Security Officer" and
              a["date"] == "2026-11-25" and a["expires"] == "2027-06-13" and
              a["evidence"] == "https://intranet.example/host-region",
              "first answer as typed, default expiry (%r)" % a)
        check(b["owner"] == a["owner"] and b["expires"] == "2027-02-02" and
              b["evidence"] is None, "second: owner default, given expiry, "
              "no evidence (%r)" % b)
    check(not [f for f in os.listdir(tmp) if ".tmp" in f],
          "no temporary file left behind")
    # not a terminal: refused, nothing written
    p = subprocess.run([zdaudit, "attest", "--interactive", "--config",
                        os.path.join(tmp, "other.yaml")], input="x\n",
                       capture_output=True, text=True)
    check(p.returncode == 1 and "needs a terminal" in p.stderr and
          not os.path.exists(os.path.join(tmp, "other.yaml")),
          "without a terminal: refused (%r)" % p.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("ok")
