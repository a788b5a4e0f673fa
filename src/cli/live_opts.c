/* SPDX-License-Identifier: MIT
 * live_opts.c — parsing of the live-collection options (see live_opts.h). */
#include "cli/live_opts.h"
#include "cli/cli.h"
#include "cli/suggest.h"
#include "core/msgs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const char zd_live_opts_help[] =
  "  --subdomain NAME        the account (or $ZENDESK_SUBDOMAIN)\n"
  "  --base-url URL          replaces https://NAME.zendesk.com (proxies,\n"
  "                          emulators); http:// only for loopback hosts\n"
  "  --ca-file FILE          extra CA certificates (TLS is always verified)\n"
  "  --credentials-file FILE KEY=VALUE credentials, mode 0600 (else env)\n"
  "  --timeout SECONDS       per request (default 30)\n"
  "  --deadline SECONDS      whole collection (default 1800)\n"
  "  --max-items N           item cap per endpoint; more is recorded as\n"
  "                          truncated (default 200000)\n"
  "  --max-end-users N       end users collected (default 50000; staff are\n"
  "                          collected apart and never cut by this)\n"
  "  --max-endpoint-bytes SIZE\n"
  "                          response bytes kept per endpoint; paging stops\n"
  "                          there, recorded as truncated (default 512M;\n"
  "                          K, M, G)\n"
  "  --max-run-bytes SIZE    response bytes for the whole run (default 2G)\n"
  "  --parallel N            concurrent requests (default 4)\n"
  "  --retries N             retries of a request after 5xx, timeouts and\n"
  "                          resets, with exponential backoff (default 4)\n"
  "  --rate-limit N          at most N requests a minute (default: the\n"
  "                          account's limit, read from its headers)\n"
  "  --tls-probe-connect HOST:PORT\n"
  "                          probe each host-mapped brand's certificate\n"
  "                          through HOST:PORT instead of its own :443\n"
  "  --no-tls-probe          do not probe host-mapped brands' TLS\n"
  "credentials come from the environment or --credentials-file, never\n"
  "from the command line: ZENDESK_OAUTH_TOKEN; or ZENDESK_OAUTH_CLIENT_ID\n"
  "and ZENDESK_OAUTH_CLIENT_SECRET; or ZENDESK_EMAIL and ZENDESK_API_TOKEN.\n"
  "Sunshine Conversations (optional): ZENDESK_SUNCO_APP_ID,\n"
  "ZENDESK_SUNCO_KEY_ID, ZENDESK_SUNCO_KEY_SECRET. See docs/collect.md.\n";

static int number(const char *name, const char *arg, long lo, long hi,
                  long *out)
{
  char *end;
  long v;
  errno = 0;
  v = strtol(arg, &end, 10);
  if(errno || end == arg || *end || v < lo || v > hi) {
    zd_errorf("--%s wants a whole number from %ld to %ld, not '%s'", name,
              lo, hi, arg);
    return -1;
  }
  *out = v;
  return 1;
}

void zd_live_opts_init(struct zd_collect_opts *o)
{
  const char *sub = getenv("ZENDESK_SUBDOMAIN");
  memset(o, 0, sizeof(*o));
  if(sub && *sub)
    o->subdomain = sub;
  o->finder = zd_cli_collect_finder();
}

int zd_live_opt(int code, const char *arg, struct zd_collect_opts *o)
{
  long v = 0;
  int rc;
  switch(code) {
  case ZD_OPT_SUBDOMAIN:
    o->subdomain = arg;
    return 1;
  case ZD_OPT_BASE_URL:
    o->base_url = arg;
    return 1;
  case ZD_OPT_CA_FILE:
    o->ca_file = arg;
    return 1;
  case ZD_OPT_CREDENTIALS_FILE:
    o->credentials_file = arg;
    return 1;
  case ZD_OPT_TIMEOUT:
    rc = number("timeout", arg, 1, 3600, &v);
    o->timeout_ms = v * 1000;
    return rc;
  case ZD_OPT_DEADLINE:
    rc = number("deadline", arg, 1, 86400, &v);
    o->deadline_ms = v * 1000;
    return rc;
  case ZD_OPT_MAX_ITEMS:
    rc = number("max-items", arg, 1, 100000000, &v);
    o->max_items = v;
    return rc;
  case ZD_OPT_MAX_END_USERS:
    rc = number("max-end-users", arg, 1, 100000000, &v);
    o->max_end_users = v;
    return rc;
  case ZD_OPT_MAX_ENDPOINT_BYTES:
    return zd_cli_parse_size("--max-endpoint-bytes", arg,
                             &o->max_endpoint_bytes) ? -1 : 1;
  case ZD_OPT_MAX_RUN_BYTES:
    return zd_cli_parse_size("--max-run-bytes", arg, &o->max_run_bytes)
             ? -1 : 1;
  case ZD_OPT_PARALLEL:
    rc = number("parallel", arg, 1, 16, &v);
    o->max_parallel = (int)v;
    return rc;
  case ZD_OPT_RETRIES:
    rc = number("retries", arg, 0, 10, &v);
    o->max_attempts = (int)v + 1;
    return rc;
  case ZD_OPT_RATE_LIMIT:
    rc = number("rate-limit", arg, 1, 100000, &v);
    o->rate_limit = v;
    return rc;
  case ZD_OPT_TLS_PROBE_CONNECT:
    if(!strchr(arg, ':') || arg[0] == ':' || strchr(arg, ' ')) {
      zd_errorf("--tls-probe-connect wants HOST:PORT, not '%s'", arg);
      return -1;
    }
    o->tls_connect_to = arg;
    return 1;
  case ZD_OPT_NO_TLS_PROBE:
    o->no_tls_probe = 1;
    return 1;
  default:
    return 0;
  }
}

int zd_live_option_end(int c, const char *cmd, char **argv,
                       const struct option *longopts, const char *usage,
                       const char *tail, struct zd_collect_opts *o)
{
  if(c == 'h') {
    fputs(usage, stdout);
    fputs(zd_live_opts_help, stdout);
    fputs(tail, stdout);
    return ZD_EXIT_OK;
  }
  if(c == ':' || c == '?') {
    zd_cli_option_fail(c, cmd, argv, longopts);
    return ZD_EXIT_RUNTIME;
  }
  return zd_live_opt(c, optarg, o) > 0 ? ZD_LIVE_GO_ON : ZD_EXIT_RUNTIME;
}

int zd_live_no_arguments(const char *cmd, int argc, char **argv)
{
  char shown[128];
  if(optind >= argc)
    return ZD_EXIT_OK;
  zd_errorf("unexpected argument '%s' (credentials are never taken from "
            "the command line; see zdaudit %s --help)",
            zd_cli_shown(argv[optind], shown, sizeof(shown)), cmd);
  return ZD_EXIT_RUNTIME;
}
