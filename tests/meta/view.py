#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# view.py ZDAUDIT SNAPSHOT — the terminal view of `assess` (issue #18):
# --status filters every format while the exit code counts every control;
# `-o FILE` prints one summary line on stderr (none with --quiet); on a
# terminal (a pty here) colour is on unless --no-color, NO_COLOR or
# TERM=dumb, and every line fits the terminal's width.
import json, os, pty, re, subprocess, sys, tempfile

zd, snap = sys.argv[1], sys.argv[2]
bad = []
def check(cond, what):
    if not cond:
        bad.append(what)

def run(*args, env=None):
    return subprocess.run([zd, "assess", "--snapshot", snap, *args],
                          capture_output=True, text=True, env=env)

p = run("--status", "fail")
check(p.returncode == 2, "--status fail: exit %d, want 2" % p.returncode)
check("MANUAL" not in p.stdout and "PASS " not in p.stdout, "--status fail shows other statuses")
check("FAIL" in p.stdout, "--status fail shows no FAIL line")
p = run("--status", "pass", "--format", "json")
d = json.loads(p.stdout)
check(p.returncode == 2, "--status pass: exit %d, want 2 (exit counts every control)" % p.returncode)
check(d["results"] and all(r["status"] == "pass" for r in d["results"]), "--status pass json")
check(d["summary"]["fail"] > 0, "--status keeps the full summary")
p = run("--status", "fial")
check(p.returncode == 1 and "not_applicable" in p.stderr, "--status fial does not list the valid words")

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "report.html")
    p = run("--format", "html", "-o", out)
    lines = p.stderr.splitlines()
    check(len(lines) == 1, "-o: %d stderr lines, want 1: %r" % (len(lines), p.stderr))
    check(lines and re.match(r"^\d+ fail, \d+ error, \d+ manual.* → " + re.escape(out) + "$", lines[0]),
          "-o summary line: %r" % p.stderr)
    p = run("--format", "html", "-o", out, "--quiet")
    check(p.stderr == "", "-o --quiet printed %r" % p.stderr)

# A path that is not a regular file (a FIFO here, /dev/null in real life) is
# written in place, never replaced by a renamed temporary file.
with tempfile.TemporaryDirectory() as tmp:
    fifo = os.path.join(tmp, "pipe")
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
    p = run("--format", "csv", "-o", fifo)
    got = reader.communicate(timeout=60)[0]
    import stat as _st
    check(_st.S_ISFIFO(os.stat(fifo).st_mode), "-o FIFO: the FIFO was replaced by a file")
    check(got.startswith(b"id,title,status"), "-o FIFO: the report did not go through it")
    check(not [f for f in os.listdir(tmp) if ".tmp." in f], "-o FIFO: a temporary file was left")

def on_tty(args, extra_env):
    env = dict(os.environ, COLUMNS="60", TERM="xterm")
    env.pop("NO_COLOR", None)
    env.update(extra_env)
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(zd, [zd, "assess", "--snapshot", snap, *args], env)
    data = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    os.waitpid(pid, 0)
    return data.decode("utf-8", "replace")

t = on_tty([], {})
check("\033[" in t, "no colour on a terminal")
plain = re.sub(r"\033\[[0-9;]*m", "", t)
wide = [l for l in plain.replace("\r", "").split("\n") if len(l) > 60]
check(not wide, "lines wider than 60 columns: %r" % wide[:2])
check("\033[" not in on_tty(["--no-color"], {}), "--no-color still colours")
check("\033[" not in on_tty([], {"TERM": "dumb"}), "TERM=dumb still colours")
check("\033[" not in on_tty([], {"NO_COLOR": "1"}), "NO_COLOR still colours")

for b in bad:
    print("FAIL:", b)
sys.exit(1 if bad else 0)
