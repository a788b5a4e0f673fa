/* SPDX-License-Identifier: MIT
 * live_opts.h — the options of live collection, shared by `collect` and
 * `assess --subdomain`, so both commands accept exactly the same words. */
#ifndef ZD_LIVE_OPTS_H
#define ZD_LIVE_OPTS_H
#include <getopt.h>
#include "collect/collect.h"

/* getopt_long codes of the live options (above any short option). */
enum {
  ZD_OPT_SUBDOMAIN = 1000, ZD_OPT_BASE_URL, ZD_OPT_CA_FILE,
  ZD_OPT_CREDENTIALS_FILE, ZD_OPT_TIMEOUT, ZD_OPT_DEADLINE,
  ZD_OPT_MAX_ITEMS, ZD_OPT_PARALLEL, ZD_OPT_RETRIES, ZD_OPT_RATE_LIMIT,
  ZD_OPT_TLS_PROBE_CONNECT, ZD_OPT_NO_TLS_PROBE, ZD_OPT_MAX_END_USERS,
  ZD_OPT_MAX_ENDPOINT_BYTES, ZD_OPT_MAX_RUN_BYTES, ZD_OPT_LIVE_LAST
};

/* Entries to splice into a command's struct option table. */
#define ZD_LIVE_LONGOPTS                                              \
  {"subdomain", required_argument, NULL, ZD_OPT_SUBDOMAIN},           \
  {"base-url", required_argument, NULL, ZD_OPT_BASE_URL},             \
  {"ca-file", required_argument, NULL, ZD_OPT_CA_FILE},               \
  {"credentials-file", required_argument, NULL, ZD_OPT_CREDENTIALS_FILE}, \
  {"timeout", required_argument, NULL, ZD_OPT_TIMEOUT},               \
  {"deadline", required_argument, NULL, ZD_OPT_DEADLINE},             \
  {"max-items", required_argument, NULL, ZD_OPT_MAX_ITEMS},           \
  {"max-end-users", required_argument, NULL, ZD_OPT_MAX_END_USERS},   \
  {"max-endpoint-bytes", required_argument, NULL, ZD_OPT_MAX_ENDPOINT_BYTES}, \
  {"max-run-bytes", required_argument, NULL, ZD_OPT_MAX_RUN_BYTES},   \
  {"parallel", required_argument, NULL, ZD_OPT_PARALLEL},             \
  {"retries", required_argument, NULL, ZD_OPT_RETRIES},               \
  {"rate-limit", required_argument, NULL, ZD_OPT_RATE_LIMIT},         \
  {"tls-probe-connect", required_argument, NULL, ZD_OPT_TLS_PROBE_CONNECT}, \
  {"no-tls-probe", no_argument, NULL, ZD_OPT_NO_TLS_PROBE}

/* The --help lines for those options. */
extern const char zd_live_opts_help[];

/* Applies one parsed live option. Returns 1 when 'code' was a live option
 * and its argument is valid, 0 when 'code' is not a live option, -1 (after
 * printing an error) when the argument is invalid. */
int zd_live_opt(int code, const char *arg, struct zd_collect_opts *o);
/* Fills defaults from the environment ($ZENDESK_SUBDOMAIN) and hands
 * collection the scanner's credential detectors. */
void zd_live_opts_init(struct zd_collect_opts *o);
/* The end of the getopt_long switch of a live command (collect, doctor),
 * for a 'c' none of its own options took: a live option is applied
 * (ZD_LIVE_GO_ON: parse on); 'h' prints 'usage', the live options and
 * 'tail' (ZD_EXIT_OK); a missing value, an unknown option or an invalid
 * live value is said on stderr (ZD_EXIT_RUNTIME). */
enum { ZD_LIVE_GO_ON = -1 };
int zd_live_option_end(int c, const char *cmd, char **argv,
                       const struct option *longopts, const char *usage,
                       const char *tail, struct zd_collect_opts *o);
/* After the options of a live command: ZD_EXIT_RUNTIME, after saying so,
 * when an argument is left (credentials are never taken from the command
 * line, and the argument is masked like any other), else ZD_EXIT_OK. */
int zd_live_no_arguments(const char *cmd, int argc, char **argv);
/* The scanner's credential detectors as a collection finder
 * (collect_finder.c). */
const struct zd_collect_finder *zd_cli_collect_finder(void);

#endif
