# case.sh — the prologue the CLI case scripts share (e2e/run.sh,
# harden/cases.sh): their arguments, a scratch directory removed on exit,
# and the checks of one zdaudit run. Sourced, with the caller's arguments
# ZDAUDIT SOURCE_DIR TEST_NAME.
zd=$1
src=$2
name=$3
ex=$src/examples/clinic
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1

fail() { echo "FAIL $name: $*"; exit 1; }
# expect_rc WANT CMD... : runs CMD, stdout to $tmp/out, stderr to $tmp/err;
# fails unless it exits WANT, and on any crash (sanitizer report, abort).
expect_rc() {
  want=$1; shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ "$rc" -eq "$want" ] || fail "exit $rc, wanted $want: $* :: $(head -c 400 "$tmp/err")"
  if grep -q -E 'Sanitizer|Lua panic|[0-9]+:[0-9]+: runtime error' "$tmp/err"; then
    fail "crash: $(head -c 400 "$tmp/err")"
  fi
}
stderr_has() { grep -q -- "$1" "$tmp/err" || fail "stderr lacks '$1': $(head -c 300 "$tmp/err")"; }
stdout_has() { grep -q -- "$1" "$tmp/out" || fail "stdout lacks '$1'"; }
