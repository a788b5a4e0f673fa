# SPDX-License-Identifier: MIT
# headless.py — what the browser tests share: finding Debian's chromium and
# running it headless on a page with a throw-away profile, returning its
# exit code, its stdout (the DOM with --dump-dom) and the console lines
# (script errors, CSP violations) it logged; and the checks a test records,
# with the exit code they give.
import shutil
import subprocess
import tempfile


def find():
    """The path of chromium (or chromium-browser, google-chrome), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def run(exe, url, *extra):
    """Runs headless 'exe' on 'url' with 'extra' options; returns
    (exit code, stdout, console lines)."""
    profile = tempfile.mkdtemp(prefix="zd-chromium-")
    try:
        p = subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--user-data-dir=" + profile,
             "--enable-logging=stderr", "--v=0"] + list(extra) + [url],
            capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return (p.returncode, p.stdout,
            [ln for ln in p.stderr.splitlines() if ":CONSOLE" in ln])


failures = []


def check(cond, what):
    """Records (and prints) a failed check."""
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def verdict(ok="ok"):
    """The test's exit code: 1 after saying how many checks failed, else 0
    after printing 'ok'."""
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print(ok)
    return 0
