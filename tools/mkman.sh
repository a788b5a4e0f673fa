#!/bin/sh
# SPDX-License-Identifier: MIT
# mkman.sh ZDAUDIT — writes the man page zdaudit(1) on stdout, generated from
# the binary's own --help texts (the top level, then one section per command),
# so the man page and --help cannot drift apart. Run by the build (CMake);
# tests/meta/install.sh checks every command and option of --help is in it.
set -eu
zd=$1
version=$("$zd" --version | sed 's/^zdaudit //')
# roff: backslashes doubled, a leading . or ' protected, hyphens as \-
esc() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" -e 's/-/\\-/g'; }
commands=$("$zd" --help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
cat <<HEAD
.TH ZDAUDIT 1 "" "zdaudit $version" "User Commands"
.SH NAME
zdaudit \\- check a Zendesk account against Zendesk's minimum security
configuration for HIPAA\\- and HDS\\-enabled accounts
.SH SYNOPSIS
.B zdaudit
.I command
.RI [ options ]
.br
.B zdaudit help
.I command
.SH DESCRIPTION
.nf
HEAD
"$zd" --help | esc
echo ".fi"
echo ".SH COMMANDS"
for c in $commands; do
  echo ".SS $c"
  echo ".nf"
  "$zd" "$c" --help | esc
  echo ".fi"
done
cat <<'TAIL'
.SH FILES
.TP
.I zdaudit.yaml
parameters, attestations and exceptions (\-\-config)
.TP
.I share/zdaudit/controls/
the controls as Lua files (the binary has them compiled in; \-\-controls\-dir
loads another set)
.SH SEE ALSO
The documentation in the source tree: README.md and docs/ (cli.md, collect.md,
controls.md, results.md, scan.md, config.md).
TAIL
