#!/bin/sh
# SPDX-License-Identifier: MIT
# install.sh BUILD_DIR — installing like a Debian tool (issue #18 item 2):
# (1) cmake --install gives bin/zdaudit, share/man/man1/zdaudit.1, the bash and
#     zsh completion and the controls;
# (2) every command of `zdaudit --help` and every option of each command's
#     --help appears in the man page (they are generated from the same text);
# (3) the bash completion completes commands, options, --format values and
#     control IDs;
# (4) `cpack -G DEB` builds a .deb whose Depends are runtime libraries only.
set -u
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
cmake --install "$build" --prefix "$tmp/p" >/dev/null || fail "cmake --install failed"
zd=$tmp/p/bin/zdaudit
man=$tmp/p/share/man/man1/zdaudit.1
for f in "$zd" "$man" "$tmp/p/share/bash-completion/completions/zdaudit" \
         "$tmp/p/share/zsh/vendor-completions/_zdaudit" \
         "$tmp/p/share/zdaudit/controls/support/ZD.SUP.1.lua" \
         "$tmp/p/share/zdaudit/controls/lib/severity.lua"; do
  [ -s "$f" ] || fail "not installed: ${f#$tmp/p/}"
done
"$zd" --version >/dev/null || fail "the installed binary does not run"

# (2) the man page, as text (roff's \- is a plain hyphen)
sed -e 's/\\-/-/g' -e 's/\\e/\\/g' "$man" > "$tmp/man.txt"
commands=$("$zd" --help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "no commands in --help"
for c in $commands; do
  grep -q "^\.SS $c\$" "$man" || fail "man page: no section for '$c'"
  for o in $("$zd" "$c" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    grep -q -- "$o" "$tmp/man.txt" || fail "man page: '$c' option $o missing"
  done
done
if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man -l "$man" 2>"$tmp/man.err" | grep -q "zdaudit doctor" || fail "man -l cannot render it"
  [ -s "$tmp/man.err" ] && fail "man -l warns: $(head -2 "$tmp/man.err")"
fi

# (3) bash completion
if command -v bash >/dev/null 2>&1; then
  comp() { # comp WORD... : the completions of the last word
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _zdaudit
             printf "%s\n" "${COMPREPLY[@]}"' x "$tmp/p/share/bash-completion/completions/zdaudit" "$@"
  }
  comp zdaudit as | grep -qx assess || fail "completion: command 'assess'"
  comp zdaudit doc | grep -qx doctor || fail "completion: command 'doctor'"
  comp zdaudit assess --for | grep -qx -- --format || fail "completion: option --format"
  comp zdaudit assess --format "" | grep -qx html || fail "completion: --format values"
  comp zdaudit scan --format "" | grep -qx html && fail "completion: scan offers html"
  comp zdaudit assess --status "" | grep -qx not_applicable || fail "completion: --status values"
  comp zdaudit explain ZD.SUP.1 | grep -qx ZD.SUP.1.1 || fail "completion: control IDs"
fi

# (4) the Debian package
if command -v dpkg-deb >/dev/null 2>&1 && command -v dpkg-shlibdeps >/dev/null 2>&1; then
  (cd "$build" && cpack -G DEB -B "$tmp/deb" >"$tmp/cpack.log" 2>&1) || fail "cpack: $(tail -3 "$tmp/cpack.log")"
  deb=$(ls "$tmp"/deb/*.deb 2>/dev/null | head -1)
  if [ -n "$deb" ]; then
    deps=$(dpkg-deb -f "$deb" Depends)
    for lib in libcurl4 libjansson4 liblua5.4-0 libyaml-0-2 libvectorscan5; do
      echo "$deps" | grep -q "$lib" || fail "deb: $lib not in Depends ($deps)"
    done
    echo "$deps" | grep -q -- '-dev\|cmocka\|microhttpd\|chromium\|valgrind' &&
      fail "deb: a build or test package in Depends ($deps)"
    dpkg-deb -c "$deb" | grep -q './usr/share/man/man1/zdaudit.1' || fail "deb: no man page"
  else
    fail "cpack wrote no .deb"
  fi
fi
exit $status
