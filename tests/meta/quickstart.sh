#!/bin/sh
# quickstart.sh ZDAUDIT REPO — scripts/quickstart and scripts/install-deps with
# apt-get, dpkg-query and cmake replaced by stubs on PATH (nothing is really
# installed or built; ZDAUDIT is the binary under test):
# (1) quickstart asks apt for the build-and-run packages only, never a
#     test-only one; install-deps --test asks for both lists;
# (2) apt's chatter goes to the log, the terminal gets < 20 lines before the
#     report, and a failing apt step prints the log's path;
# (3) `-o report.html` lands in the caller's directory, not the repo.
set -u
zdaudit=$1 repo=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
mkdir -p "$tmp/bin" "$tmp/build" "$tmp/caller"
cp "$zdaudit" "$tmp/build/zdaudit"
# dpkg-query: every package missing unless ZD_STUB_INSTALLED=1.
cat >"$tmp/bin/dpkg-query" <<'S'
#!/bin/sh
[ "${ZD_STUB_INSTALLED:-0}" = 1 ] && printf 'install ok installed'
exit 0
S
# apt-get: records its arguments, prints 200 lines, fails if ZD_STUB_APT_FAIL=1.
cat >"$tmp/bin/apt-get" <<'S'
#!/bin/sh
echo "$*" >>"$ZD_STUB_DIR/apt-args"
i=0; while [ $i -lt 200 ]; do echo "Unpacking something $i ..."; i=$((i+1)); done
[ "${ZD_STUB_APT_FAIL:-0}" = 1 ] && { echo "E: Unable to locate package" >&2; exit 100; }
exit 0
S
printf '#!/bin/sh\nexit 0\n' >"$tmp/bin/cmake"
printf '#!/bin/sh\nexec "$@"\n' >"$tmp/bin/sudo"
chmod +x "$tmp/bin/"*
export PATH="$tmp/bin:$PATH" ZD_STUB_DIR="$tmp" ZD_BUILD_DIR="$tmp/build"

# (1)+(2): packages missing, apt succeeds; quickstart's text report.
(cd "$tmp/caller" && sh "$repo/scripts/quickstart" >"$tmp/out" 2>"$tmp/err")
rc=$?
[ "$rc" -eq 2 ] || fail "quickstart exited $rc, expected 2 (the example fails controls)"
grep -q 'libjansson-dev' "$tmp/apt-args" || fail "quickstart did not install libjansson-dev"
for p in chromium valgrind clang libcmocka-dev libmicrohttpd-dev; do
  grep -qw -- "$p" "$tmp/apt-args" && fail "quickstart installed the test-only package $p"
done
n=$(wc -l <"$tmp/err")
[ "$n" -lt 20 ] || fail "quickstart printed $n lines on stderr (want < 20)"
grep -q 'Unpacking' "$tmp/err" "$tmp/out" && fail "apt output reached the terminal"
grep -q 'Unpacking' "$tmp/build/install-deps.log" || fail "apt output is not in the log"
grep -q 'FAIL' "$tmp/out" || fail "quickstart printed no report"
head -1 "$tmp/out" | grep -q 'Unpacking\|install' && fail "report preceded by install output"

# install-deps --test asks for the test packages too.
rm -f "$tmp/apt-args"
ZD_INSTALL_LOG="$tmp/t.log" sh "$repo/scripts/install-deps" --test 2>/dev/null ||
  fail "install-deps --test failed"
grep -qw chromium "$tmp/apt-args" || fail "install-deps --test did not install chromium"
grep -qw libjansson-dev "$tmp/apt-args" || fail "install-deps --test skipped the runtime set"

# A failing apt step: short message with the log's path, exit 1.
ZD_STUB_APT_FAIL=1 ZD_INSTALL_LOG="$tmp/f.log" sh "$repo/scripts/install-deps" 2>"$tmp/ferr"
rc=$?
[ "$rc" -eq 1 ] || fail "failing apt: install-deps exited $rc, expected 1"
grep -q "$tmp/f.log" "$tmp/ferr" || fail "failing apt: the log's path is not shown"
[ "$(wc -l <"$tmp/ferr")" -le 3 ] || fail "failing apt: more than 3 lines on the terminal"
grep -q 'Unable to locate' "$tmp/f.log" || fail "failing apt: error not in the log"

# (3): everything installed; -o is relative to the caller's directory.
(cd "$tmp/caller" && ZD_STUB_INSTALLED=1 sh "$repo/scripts/quickstart" \
   --format html -o report.html >"$tmp/out" 2>"$tmp/err")
[ -s "$tmp/caller/report.html" ] || fail "-o report.html did not land in the caller's directory"
[ -e "$repo/report.html" ] && fail "-o report.html landed in the repo"
[ "$(wc -l <"$tmp/err")" -lt 20 ] || fail "quickstart -o printed 20+ lines"
exit $status
