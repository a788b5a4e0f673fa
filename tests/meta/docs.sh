#!/bin/sh
# SPDX-License-Identifier: MIT
# docs.sh ZDAUDIT DOC — DOC (docs/controls.md) must equal `zdaudit controls --format markdown`;
# regenerate it with: build/zdaudit controls --format markdown > docs/controls.md
set -eu
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$1" controls --format markdown > "$tmp"
if ! diff -u "$2" "$tmp" > /dev/null 2>&1; then
  diff -u "$2" "$tmp" | head -40
  echo "$2 is out of date: run build/zdaudit controls --format markdown > docs/controls.md"
  exit 1
fi
echo "$2 is current"
