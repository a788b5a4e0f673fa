/* SPDX-License-Identifier: MIT
 * cli.h — the subcommands and what they share: exit codes (a public
 * contract, docs/cli.md) and small helpers. Only the CLI prints to stdout
 * and chooses exit codes. */
#ifndef ZD_CLI_H
#define ZD_CLI_H
#include <stddef.h>
#include <stdio.h>
#include <jansson.h>

/* Exit codes of `assess` (and, where they apply, the other commands). */
enum zd_exit {
  ZD_EXIT_OK = 0,       /* no control `fail` or `error` / nothing found */
  ZD_EXIT_RUNTIME = 1,  /* usage or runtime error: nothing was assessed */
  ZD_EXIT_FAIL = 2,     /* at least one `fail` (scan: something found) */
  ZD_EXIT_ERROR = 3     /* no `fail`, but at least one `error` */
};

int zd_cmd_assess(int argc, char **argv);
int zd_cmd_collect(int argc, char **argv);
int zd_cmd_doctor(int argc, char **argv);
int zd_cmd_scan(int argc, char **argv);
int zd_cmd_controls(int argc, char **argv);
int zd_cmd_explain(int argc, char **argv);
int zd_cmd_report(int argc, char **argv);
int zd_cmd_attest(int argc, char **argv);
int zd_cmd_config(int argc, char **argv);

int zd_cmd_evidence(int argc, char **argv);
int zd_cmd_verify(int argc, char **argv);
int zd_cmd_keygen(int argc, char **argv);
int zd_cmd_diff(int argc, char **argv);
int zd_cmd_history(int argc, char **argv);

struct zd_engine;
/* The catalog document of `zdaudit controls --format json` (new
 * reference): schema, count, every control's metadata, parameters. */
json_t *zd_cli_catalog(const struct zd_engine *e);

/* Packs the evidence of one assessment (docs/evidence.md) into 'output':
 * the snapshot in 'snapshot_dir', the results 'doc', its HTML report, the
 * attestation and exception registers, the catalog, the config file and
 * each attestation's local evidence file (relative paths are taken from
 * the config file's folder); signed with 'sign_key' when not NULL.
 * 'results_file', when not NULL, is packed as results.json byte for byte
 * (else 'doc' is). The snapshot's PHI and secrets are masked unless 'raw'.
 * Prints its own errors; returns 0 on success. */
int zd_cli_evidence_package(const json_t *doc, const char *snapshot_dir,
                            const char *config, const char *sign_key,
                            const char *results_file, int raw,
                            const char *output);

struct zd_snapshot;
/* assess --history FILE: records 'doc' (assessed from 'snap' with the
 * config file 'config', or NULL) in the history at 'path', then adds to
 * 'doc' the trend of the account's last runs ("history") and, per result,
 * when its status last changed ("last_changed"). Prints its own errors;
 * returns 0 on success. */
int zd_cli_history_record(json_t *doc, const struct zd_snapshot *snap,
                          const char *config, const char *path);

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
/* What an error may show of argument 'arg' (argshow.c): an option's name
 * without its value, or a bare argument unless it looks like a secret;
 * control characters visible. Written to 'buf' ('n' bytes), returned. */
const char *zd_cli_shown(const char *arg, char *buf, size_t n);
/* The option getopt_long just refused, as zd_cli_shown shows it
 * ('missing_value': the ':' case, else '?'). */
const char *zd_cli_optname(char **argv, int missing_value, char *buf,
                           size_t n);
/* True when argv holds -h/--help before any "--". */
int zd_cli_wants_help(int argc, char **argv);

/* snapshot_opts.c: "--max-file-size 8G" -> bytes (0 on success; prints
 * the error and returns -1 otherwise). */
int zd_cli_parse_size(const char *opt, const char *s, size_t *out);
/* "--jobs 4" -> 4 (1 to ZD_MAX_JOBS; 0 on success, else prints the error
 * and returns -1). */
int zd_cli_parse_jobs(const char *s, int *out);
struct zd_snapshot;
/* Warns once for each endpoint whose file could not be read. */
void zd_cli_warn_unreadable(const struct zd_snapshot *snap);

#endif
