#!/usr/bin/env python3
"""interrupt.py — Ctrl-C (SIGINT) or SIGTERM while `scan -o` or `assess -o`
writes its report (#18 item 13, #11 item 7): no FILE.tmp.PID is left (with
raw values under --show-values), "interrupted" is printed, the progress
line is ended, the exit code is 130.
usage: interrupt.py ZDAUDIT scan|assess"""
import os, signal, socket, subprocess, sys, tempfile, threading, time

zd, what = sys.argv[1], sys.argv[2]

def default_signals():
    # A shell's background job ignores SIGINT; a terminal's does not.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

def silent_server():
    """Accepts connections and never answers: a live collection waits."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    held = []
    def loop():
        while True:
            try:
                c, _ = s.accept()
            except OSError:
                return
            held.append(c)
    threading.Thread(target=loop, daemon=True).start()
    return s

fails = []
for sig in (signal.SIGINT, signal.SIGTERM):
    d = tempfile.mkdtemp()
    out = os.path.join(d, "out.txt")
    srv = None
    env = dict(os.environ, NO_COLOR="1")
    if what == "scan":
        cmd = [zd, "scan", "--show-values", "-o", out, "-"]
        stdin = subprocess.PIPE
    else:
        srv = silent_server()
        env["ZENDESK_OAUTH_TOKEN"] = "tok1234567890abcdef"
        cmd = [zd, "assess", "--subdomain", "x", "--base-url",
               "http://127.0.0.1:%d" % srv.getsockname()[1], "-o", out]
        stdin = subprocess.DEVNULL
    p = subprocess.Popen(cmd, stdin=stdin, stderr=subprocess.PIPE, env=env,
                         preexec_fn=default_signals)
    if what == "scan":
        # findings are written, stdin stays open: the scan is mid-way
        p.stdin.write(b"Patient SSN 123-45-6788 on file\n" * 2000)
        p.stdin.flush()
    # Wait until the run is under way: for scan, its temporary file
    # exists. Poll rather than sleep a fixed time: CI runs this beside a
    # browser on a loaded machine, where start-up can take seconds.
    deadline = time.monotonic() + 30
    time.sleep(0.5)
    temps = []
    while time.monotonic() < deadline:
        temps = [f for f in os.listdir(d) if ".tmp." in f]
        if what != "scan" or temps:
            break
        time.sleep(0.1)
    if what != "scan":
        time.sleep(1.0)
    if what == "scan" and not temps:
        fails.append("%s: no temporary file while running (the test would "
                     "prove nothing)" % sig.name)
    p.send_signal(sig)
    try:
        _, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        fails.append("%s: zdaudit did not stop" % sig.name)
        continue
    err = err.decode("utf-8", "replace")
    if srv:
        srv.close()
    left = os.listdir(d)
    if p.returncode != 130:
        fails.append("%s: exit %d, wanted 130 (%s)" % (sig.name, p.returncode, err[-200:]))
    if "zdaudit: interrupted" not in err:
        fails.append("%s: no 'interrupted' message: %r" % (sig.name, err[-200:]))
    if left:
        fails.append("%s: files left behind: %s" % (sig.name, left))
if fails:
    print("FAIL interrupt-%s:\n  " % what + "\n  ".join(fails))
    sys.exit(1)
print("ok interrupt-%s" % what)
