/* SPDX-License-Identifier: MIT
 * cmd_collect.c — `zdaudit collect`: reads a live account through its
 * REST APIs into a snapshot directory (written atomically), so it can be
 * assessed, kept and handed to an auditor later. */
#include "cli/cli.h"
#include "cli/live_opts.h"
#include "collect/collect.h"
#include "core/msgs.h"
#include "snapshot/snapshot.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_OUTPUT = ZD_OPT_LIVE_LAST + 1 };

static const char usage_text[] =
  "usage: zdaudit collect --subdomain NAME --output DIR [options]\n"
  "\n"
  "Collects the account's configuration through Zendesk's REST APIs into a\n"
  "snapshot directory (docs/snapshot.md). Every endpoint's outcome is\n"
  "recorded in DIR/manifest.json; secrets (token values, OAuth and SunCo\n"
  "secrets, webhook credentials) are removed before anything is written.\n"
  "\n"
  "options:\n"
  "  -o, --output DIR        the snapshot directory to write (replaced if it\n"
  "                          holds an earlier snapshot)\n"
  "  -v, --verbose           log each request (credentials never shown);\n"
  "                          twice: request and response headers too\n"
  "  -q, --quiet             no progress or notes on stderr\n"
  "  -h, --help              this help\n"
  "\n"
  "live collection:\n";

static const char usage_tail[] =
  "\n"
  "exit codes:\n"
  "  0  snapshot written; every endpoint collected or deliberately skipped\n"
  "  3  snapshot written, but some endpoints failed (see the manifest)\n"
  "  1  usage or runtime error, refused credentials: nothing written\n";

/* Endpoints whose outcome is "http_error" or "error". */
static int failed_endpoints(const struct zd_snapshot *s)
{
  json_t *eps = json_object_get(zd_snapshot_manifest(s), "endpoints");
  const char *key;
  json_t *v;
  int n = 0;
  json_object_foreach(eps, key, v) {
    const char *o = json_string_value(json_object_get(v, "outcome"));
    const char *e = json_string_value(json_object_get(v, "error"));
    if(o && (!strcmp(o, "http_error") || !strcmp(o, "error"))) {
      n++;
      zd_notef("  %s: %s", key, e ? e : o);
    }
  }
  return n;
}

int zd_cmd_collect(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"output", required_argument, NULL, 'o'},
    {"verbose", no_argument, NULL, 'v'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    ZD_LIVE_LONGOPTS,
    {NULL, 0, NULL, 0}
  };
  struct zd_collect_opts o;
  struct zd_snapshot *snap = NULL;
  struct zd_error err;
  const char *output = NULL;
  int c, verbose = 0, quiet = 0, failed;

  zd_live_opts_init(&o);
  zd_error_clear(&err);
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":o:vqh", longopts, NULL)) != -1) {
    switch(c) {
    case 'o': output = optarg; break;
    case 'v': verbose++; break;
    case 'q': quiet = 1; break;
    case 'h':
      fputs(usage_text, stdout);
      fputs(zd_live_opts_help, stdout);
      fputs(usage_tail, stdout);
      return ZD_EXIT_OK;
    case ':':
      zd_errorf("option '%s' needs a value", argv[optind - 1]);
      return ZD_EXIT_RUNTIME;
    case '?':
      zd_errorf("unknown option '%s' (see zdaudit collect --help)",
                argv[optind - 1]);
      return ZD_EXIT_RUNTIME;
    default:
      if(zd_live_opt(c, optarg, &o) <= 0)
        return ZD_EXIT_RUNTIME;
      break;
    }
  }
  if(optind < argc) {
    zd_errorf("unexpected argument '%s' (credentials are never taken from "
              "the command line; see zdaudit collect --help)", argv[optind]);
    return ZD_EXIT_RUNTIME;
  }
  if(!output) {
    zd_errorf("where to? give --output DIR (see zdaudit collect --help)");
    return ZD_EXIT_RUNTIME;
  }
  o.verbose = verbose;
  o.quiet = quiet;
  zd_msgs.verbose = verbose;
  zd_msgs.quiet = quiet;

  if(zd_collect_run(&o, &snap, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  if(zd_snapshot_save(snap, output, &err)) {
    zd_error_print(&err);
    zd_snapshot_free(snap);
    return ZD_EXIT_RUNTIME;
  }
  failed = failed_endpoints(snap);
  zd_snapshot_free(snap);
  zd_notef("snapshot written to %s", output);
  return failed ? ZD_EXIT_ERROR : ZD_EXIT_OK;
}
