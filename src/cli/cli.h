/* SPDX-License-Identifier: MIT
 * cli.h — the subcommands and what they share: exit codes (a public
 * contract, docs/cli.md) and small helpers. Only the CLI prints to stdout
 * and chooses exit codes. */
#ifndef ZD_CLI_H
#define ZD_CLI_H
#include <stdio.h>

/* Exit codes of `assess` (and, where they apply, the other commands). */
enum zd_exit {
  ZD_EXIT_OK = 0,       /* no control `fail` or `error` / nothing found */
  ZD_EXIT_RUNTIME = 1,  /* usage or runtime error: nothing was assessed */
  ZD_EXIT_FAIL = 2,     /* at least one `fail` (scan: something found) */
  ZD_EXIT_ERROR = 3     /* no `fail`, but at least one `error` */
};

int zd_cmd_assess(int argc, char **argv);
int zd_cmd_collect(int argc, char **argv);
int zd_cmd_scan(int argc, char **argv);
int zd_cmd_controls(int argc, char **argv);
int zd_cmd_explain(int argc, char **argv);
int zd_cmd_report(int argc, char **argv);
int zd_cmd_attest(int argc, char **argv);

/* Opens 'path' for a report ("-" or NULL = stdout). The output is written
 * to a temporary file and renamed into place by zd_cli_output_close, so a
 * failed run never leaves half a report. */
struct zd_cli_output {
  FILE *fp;
  char *path;
  char *tmp;
};
int zd_cli_output_open(struct zd_cli_output *o, const char *path);
/* 'ok' = 0 discards the file. Returns 0 on success. */
int zd_cli_output_close(struct zd_cli_output *o, int ok);
/* True when argv holds -h/--help before any "--". */
int zd_cli_wants_help(int argc, char **argv);

#endif
